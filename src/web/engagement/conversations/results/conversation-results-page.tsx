import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n/i18n-provider';
import { Alert } from '../../../app/ui/alert';
import { ErrorAlert } from '../../../app/ui/error-message';
import { SelectField } from '../../../app/ui/field';
import { Loading } from '../../../app/ui/loading';
import { useResource } from '../../../app/use-resource';
import { DimensionTable } from '../../representation/representation-page';
import { HiddenCount } from '../../results/count-cell';
import { formatNumber, isSuppressed } from '../../results/results-model';
import { shownText } from '../../surveys/surveys-api';
import { useConversation } from '../conversation-context';
import { conversationPath } from '../conversations-api';
import { conversationResultsApi, type ConversationResults } from './conversation-results-api';
import { ParticipationChart } from './participation-chart';
import { ResultsPublicationCard } from './results-publication';
import { TopIdeasTable } from './top-ideas';
import './conversation-results.css';

/** A group needs this many ratings of an idea to count towards "rated differently" (core rate-results DIFFERENCE_MIN_RATINGS, or the threshold if higher). */
const DIFFERENCE_MIN_RATINGS = 5;

/**
 * The Results tab: participation in all and day by day, who took part against who the district
 * serves, in rate mode the top ideas (by group with a demographic question chosen, and the ideas
 * groups rate differently), and publishing the public results page.
 */
export function ConversationResultsPage() {
  const { t, locale } = useI18n();
  const { organizationId, conversation, canEdit } = useConversation();
  const [by, setBy] = useState('');
  const resource = useResource<ConversationResults>(conversationResultsApi.results(conversation.id, by || null));
  const data = resource.data;
  if (resource.error && !data) return <ErrorAlert error={resource.error} title={t('conversationResults.loadFailed')} />;
  if (!data) return <Loading />;
  const isRate = data.mode === 'rate';
  const language = (text: Record<string, string>) => shownText(text, locale, conversation.languages);
  const number = (value: number) => formatNumber(locale, value);
  const dimensionName = (dimension: string) => t(`population.dimension.${dimension}` as 'population.dimension.role');
  const facts: Array<[string, number]> = [
    [t('conversationResults.participants'), data.counts.participants],
    [t('conversationResults.statements'), data.counts.statements],
    [t('conversationResults.pending'), data.counts.pending_statements],
    [t('conversationResults.hidden'), data.counts.hidden_statements],
    [t(isRate ? 'conversationResults.ratings' : 'conversationResults.votes'), data.counts.votes],
  ];
  const groupLabels = new Map((data.rate?.groups ?? []).map((group) => [group.key, language(group.label)]));

  return (
    <div className="stack-lg">
      <section className="card" aria-labelledby="results-participation">
        <div className="card-header">
          <h2 id="results-participation">{t('conversationResults.participationTitle')}</h2>
        </div>
        <div className="card-body stack">
          <dl className="conversation-results-facts">
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{number(value)}</dd>
              </div>
            ))}
          </dl>
          <h3>{t('conversationResults.overTimeTitle')}</h3>
          <ParticipationChart days={data.over_time} isRate={isRate} />
        </div>
      </section>

      {data.representation.length === 0 ? (
        <section className="card" aria-labelledby="results-representation">
          <div className="card-header">
            <h2 id="results-representation">{t('conversationResults.representationTitle')}</h2>
          </div>
          <div className="card-body">
            <p className="muted">{t('conversationResults.noDemographics')}</p>
          </div>
        </section>
      ) : (
        data.representation.map((dimension) => (
          <DimensionTable key={dimension.dimension} dimension={dimension} threshold={data.threshold} title={`${dimensionName(dimension.dimension)}: ${language(dimension.question_text)}`} language={language} />
        ))
      )}

      {!isRate && (
        <Alert tone="info">
          <p>{t('conversationResults.voteMode')}</p>
          <Link to={conversationPath(organizationId, conversation.id, 'opinion-groups')}>{t('conversationResults.voteModeLink')}</Link>
        </Alert>
      )}

      {data.rate && (
        <section className="card" aria-labelledby="results-top">
          <div className="card-header">
            <div>
              <h2 id="results-top">{t('conversationResults.topIdeasTitle')}</h2>
              <p>{t('conversationResults.topIdeasIntro')}</p>
            </div>
          </div>
          <div className="card-body stack">
            {data.rate.top_ideas.length === 0 ? (
              <p className="muted">{t('conversationResults.noRatings', { threshold: data.threshold })}</p>
            ) : (
              <TopIdeasTable ideas={data.rate.top_ideas} label={t('conversationResults.byNone')} />
            )}
            {data.breakdowns.length > 0 && (
              <SelectField
                name="by"
                label={t('conversationResults.byLabel')}
                value={by}
                onChange={(event) => setBy(event.target.value)}
                options={[{ value: '', label: t('conversationResults.byNone') }, ...data.breakdowns.map((question) => ({ value: question.key, label: language(question.text) }))]}
              />
            )}
            {resource.isLoading && <Loading />}
            {/* A group nobody rated in (often "no answer") says nothing: left out of the screen, not of the API. */}
            {data.rate.groups.filter((group) => group.raters !== 0).map((group) => (
              <section key={group.key} className="stack" aria-labelledby={`results-group-${group.key}`}>
                <h3 id={`results-group-${group.key}`}>{isSuppressed(group.raters) ? language(group.label) : t('conversationResults.groupTitle', { group: language(group.label), count: number(group.raters) })}</h3>
                {isSuppressed(group.raters) || !group.top_ideas ? (
                  <p className="muted">
                    {isSuppressed(group.raters) && <HiddenCount reason={group.raters.reason} threshold={data.threshold} />} {t('conversationResults.groupHidden', { threshold: data.threshold })}
                  </p>
                ) : group.top_ideas.length === 0 ? (
                  <p className="muted">{t('conversationResults.groupNoIdeas', { threshold: data.threshold })}</p>
                ) : (
                  <TopIdeasTable ideas={group.top_ideas} label={language(group.label)} />
                )}
              </section>
            ))}
          </div>
        </section>
      )}

      {data.rate && data.by && (
        <section className="card" aria-labelledby="results-different">
          <div className="card-header">
            <div>
              <h2 id="results-different">{t('conversationResults.differentTitle')}</h2>
              <p>{t('conversationResults.differentIntro', { min: Math.max(data.threshold, DIFFERENCE_MIN_RATINGS) })}</p>
            </div>
          </div>
          <div className="card-body stack">
            {data.rate.rated_differently.length === 0 ? (
              <p className="muted">{t('conversationResults.differentNone')}</p>
            ) : (
              <ul className="stack">
                {data.rate.rated_differently.map((idea) => (
                  <li key={idea.statement_id}>
                    <p className="conversation-results-idea" lang={idea.language}>
                      <strong>{idea.text}</strong> · {t('conversationResults.spread', { points: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(idea.spread) })}
                    </p>
                    <p className="muted">
                      {idea.groups.map((group) => `${groupLabels.get(group.key) ?? group.key}: ${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(group.mean)} (${number(group.ratings)})`).join(' · ')}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </section>
      )}

      <ResultsPublicationCard conversationId={conversation.id} publication={data.publication} canEdit={canEdit} onChange={(publication) => resource.setData((current) => (current ? { ...current, publication } : current))} />
    </div>
  );
}
