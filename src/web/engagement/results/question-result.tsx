import { Link } from 'react-router';
import type { LocalizedText, SurveyDocument } from '../../../core/engagement/survey-format';
import type { NumberSummary, OptionCounts, QuestionResult, ResultGroup, Suppressed } from '../../../core/engagement/survey-results-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { typeLabel } from '../builder/question-editor';
import { useSurvey } from '../surveys/survey-context';
import { surveyPath } from '../surveys/surveys-api';
import { BreakdownTable, type BreakdownRow } from './breakdown-table';
import { ChoiceBars } from './choice-bars';
import { CountCell, HiddenCount } from './count-cell';
import { formatNumber, isSuppressed, readCell } from './results-model';

interface Props {
  result: QuestionResult;
  number: number;
  document: SurveyDocument;
  surveyId: string;
  groups: readonly ResultGroup[];
  isBrokenDown: boolean;
  threshold: number;
  text: (value: LocalizedText) => string;
  groupLabel: (group: ResultGroup) => string;
}

const ALL = 'all';

/**
 * One question's results: how many answered (always), then by its type bars with counts and
 * percentages, a ranking table, a number summary, or for open text how many answered with a
 * way to the answers. With a breakdown, a table with a column per group instead.
 */
export function QuestionResultCard({ result, number, surveyId, groups, isBrokenDown, threshold, text, groupLabel }: Props) {
  const { t, locale } = useI18n();
  const { organizationId } = useSurvey();
  const title = text(result.text);
  const headingId = `result-${result.key}`;
  const answeredAll = result.answered[ALL];
  const optionLabel = (option: { label: LocalizedText; key: string }) => text(option.label) || option.key;

  const choiceRows = (options: readonly OptionCounts[], answered: Record<string, QuestionResult['answered'][string]>): BreakdownRow[] => [
    ...options.map((option) => ({
      key: option.key,
      label: optionLabel(option),
      cells: Object.fromEntries(groups.map((g) => [g.key, <CountCell reading={readCell(option.counts[g.key], answered[g.key])} threshold={threshold} />])),
    })),
    answeredRow(answered),
  ];
  const answeredRow = (answered: Record<string, QuestionResult['answered'][string]>): BreakdownRow => ({
    key: '__answered',
    label: t('results.answeredRow'),
    cells: Object.fromEntries(groups.map((g) => [g.key, <CountCell reading={readCell(answered[g.key], undefined)} threshold={threshold} showPercent={false} />])),
  });
  const table = (caption: string, rowHeader: string, rows: BreakdownRow[]) => <BreakdownTable caption={caption} groups={groups} groupLabel={groupLabel} threshold={threshold} rowHeader={rowHeader} rows={rows} />;

  let body: React.ReactNode = null;
  if (result.options) {
    body = isBrokenDown ? (
      table(title, t('results.column.answer'), choiceRows(result.options, result.answered))
    ) : (
      <ChoiceBars caption={title} options={result.options} answered={answeredAll} group={ALL} threshold={threshold} label={optionLabel} />
    );
  } else if (result.items) {
    body = (
      <div className="stack">
        {result.items.map((item) => (
          <div key={item.key} className="matrix-item">
            <h4>{optionLabel(item)}</h4>
            <p className="muted answered-line">
              {t('results.answered')}: <CountCell reading={readCell(item.answered[ALL], undefined)} threshold={threshold} showPercent={false} />
            </p>
            {isBrokenDown ? (
              table(`${title}: ${optionLabel(item)}`, t('results.column.answer'), choiceRows(item.options, item.answered))
            ) : (
              <ChoiceBars caption={`${title}: ${optionLabel(item)}`} options={item.options} answered={item.answered[ALL]} group={ALL} threshold={threshold} label={optionLabel} />
            )}
          </div>
        ))}
      </div>
    );
  } else if (result.ranking) {
    const shownGroups = isBrokenDown ? groups : groups.filter((g) => g.key === ALL);
    const rankRows: BreakdownRow[] = result.ranking.map((option) => ({
      key: option.key,
      label: optionLabel(option),
      cells: Object.fromEntries(
        shownGroups.map((g) => {
          const mean = option.mean_rank[g.key];
          return [
            g.key,
            <span className="rank-cell">
              <span>
                {t('results.meanRank')}: {mean === undefined || isSuppressed(mean) ? <HiddenCount reason={(mean as Suppressed | undefined)?.reason ?? 'small_group'} threshold={threshold} /> : formatNumber(locale, mean)}
              </span>
              <span>
                {t('results.firstChoice')}: <CountCell reading={readCell(option.first[g.key], result.answered[g.key])} threshold={threshold} />
              </span>
            </span>,
          ];
        }),
      ),
    }));
    body = <BreakdownTable caption={title} groups={shownGroups} groupLabel={groupLabel} threshold={threshold} rowHeader={t('results.column.option')} rows={[...rankRows, answeredRow(result.answered)]} />;
  } else if (result.summary) {
    const shownGroups = isBrokenDown ? groups : groups.filter((g) => g.key === ALL);
    const stat = (name: keyof NumberSummary, label: string): BreakdownRow => ({
      key: name,
      label,
      cells: Object.fromEntries(
        shownGroups.map((g) => {
          const summary = result.summary![g.key];
          return [g.key, summary === undefined || isSuppressed(summary) ? <HiddenCount reason={(summary as Suppressed | undefined)?.reason ?? 'small_group'} threshold={threshold} /> : formatNumber(locale, summary[name])];
        }),
      ),
    });
    body = (
      <BreakdownTable
        caption={title}
        groups={shownGroups}
        groupLabel={groupLabel}
        threshold={threshold}
        rowHeader={t('results.column.statistic')}
        rows={[stat('n', t('results.stat.n')), stat('mean', t('results.stat.mean')), stat('median', t('results.stat.median')), stat('min', t('results.stat.min')), stat('max', t('results.stat.max'))]}
      />
    );
  } else if (result.type === 'text') {
    body = (
      <div className="stack">
        {isBrokenDown && table(title, t('results.column.answer'), [answeredRow(result.answered)])}
        <p>
          <Link to={`../answers/${encodeURIComponent(result.key)}`} relative="path">
            {t('themes.openFromResults')}
          </Link>
        </p>
        <p>
          <Link to={surveyPath(organizationId, surveyId, `answers/${encodeURIComponent(result.key)}`)}>{t('results.readAnswers')}</Link>
        </p>
      </div>
    );
  }

  return (
    <section className="card result-card" aria-labelledby={headingId}>
      <div className="card-header">
        <div>
          <h3 id={headingId}>
            <span className="question-number">{number}.</span> {title}
          </h3>
          <p>
            {t(typeLabel(result.type))} · {t('results.answered')}: <CountCell reading={readCell(answeredAll, undefined)} threshold={threshold} showPercent={false} />
          </p>
        </div>
      </div>
      <div className="card-body">{body}</div>
    </section>
  );
}
