import { demographicKinds, questionTypes, type QuestionType, type SurveyDocument, type SurveyQuestion } from '../../../core/engagement/survey-format';
import { textIn } from '../../../core/engagement/likert-scales';
import { useI18n } from '../../app/i18n/i18n-provider';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { SelectField } from '../../app/ui/field';
import { Icon } from '../../app/ui/icons';
import { BuilderCheckbox, BuilderNumber, BuilderText } from './builder-fields';
import { ChoiceListEditor } from './choice-list-editor';
import { fieldIdOf, useProblems } from './problems';
import { ScalePicker } from './scale-picker';
import { ShowIfEditor } from './show-if-editor';
import { deleteQuestion, duplicateQuestion, moveQuestion, moveToPage, pageOf, renameQuestion, setQuestionText, updateQuestion, withText, withType } from './survey-edits';

export const typeLabel = (type: QuestionType) => `builder.type.${type}` as MessageKey;

/** Sets an optional field of a question, leaving it out when it is empty or false (the format adds no defaults). */
function withField<K extends keyof SurveyQuestion>(question: SurveyQuestion, field: K, value: SurveyQuestion[K] | undefined | false): SurveyQuestion {
  const next = { ...question };
  if (value === undefined || value === false) delete next[field];
  else next[field] = value;
  return next;
}

interface Props {
  document: SurveyDocument;
  index: number;
  pages: number;
  isExpanded: boolean;
  onToggle: () => void;
  onChange: (document: SurveyDocument) => void;
}

/**
 * One question in the builder: a summary line with its actions (move, duplicate, delete, edit), and
 * when opened every setting its type has. Texts are written in the survey's first language here;
 * the translations screen does the others.
 */
export function QuestionEditor({ document, index, pages, isExpanded, onToggle, onChange }: Props) {
  const { t } = useI18n();
  const problems = useProblems();
  const question = document.questions[index]!;
  const language = document.languages[0]!;
  const path = `/questions/${index}`;
  const number = index + 1;
  const summary = textIn(question.text, language, document.languages) || t('builder.question.noText');
  const set = (next: SurveyQuestion) => onChange(updateQuestion(document, index, () => next));
  const words = { text: t('builder.question.newText'), option: (n: number) => t('builder.option.new', { number: n }), item: (n: number) => t('builder.item.new', { number: n }) };
  const isChoice = question.type === 'single' || question.type === 'multi' || question.type === 'rank';
  const hasScale = question.type === 'likert' || question.type === 'matrix';
  const hasProblem = problems.isAnyUnder(path);
  const demographic = question.demographic === true ? 'other' : question.demographic || '';

  return (
    <li className={`question-card${hasProblem ? ' has-problem' : ''}`} aria-labelledby={`${fieldIdOf(path)}-title`}>
      <div className="question-head">
        <div className="question-summary">
          <h3 id={`${fieldIdOf(path)}-title`} className="question-title">
            <span className="question-number">{t('builder.question.number', { number })}</span> {summary}
          </h3>
          <span className="question-tags">
            <Badge tone="brand" hasDot={false}>
              {t(typeLabel(question.type))}
            </Badge>
            {question.required && <Badge hasDot={false}>{t('builder.question.required')}</Badge>}
            {question.demographic && <Badge tone="info" hasDot={false}>{t('builder.question.demographic')}</Badge>}
            {question.show_if && <Badge tone="warning" hasDot={false}>{t('builder.question.conditional')}</Badge>}
            {hasProblem && <Badge tone="danger">{t('builder.question.hasProblem')}</Badge>}
          </span>
        </div>
        <div className="question-actions">
          <Button size="small" variant="quiet" onClick={() => onChange(moveQuestion(document, index, -1))} disabled={index === 0 && pageOf(question) === 1} aria-label={t('builder.question.up', { number })}>
            ↑
          </Button>
          <Button size="small" variant="quiet" onClick={() => onChange(moveQuestion(document, index, 1))} aria-label={t('builder.question.down', { number })}>
            ↓
          </Button>
          <Button size="small" variant="quiet" onClick={() => onChange(duplicateQuestion(document, index))} aria-label={t('builder.question.duplicateLabel', { number })}>
            <Icon name="copy" size={14} />
            <span className="hide-narrow">{t('builder.question.duplicate')}</span>
          </Button>
          <Button size="small" variant="quiet-danger" disabled={document.questions.length <= 1} onClick={() => onChange(deleteQuestion(document, index))} aria-label={t('builder.question.deleteLabel', { number })}>
            <Icon name="close" size={14} />
            <span className="hide-narrow">{t('builder.question.delete')}</span>
          </Button>
          <Button size="small" onClick={onToggle} aria-expanded={isExpanded} aria-controls={`${fieldIdOf(path)}-body`} aria-label={t(isExpanded ? 'builder.question.closeLabel' : 'builder.question.editLabel', { number })}>
            {isExpanded ? t('builder.question.close') : t('builder.question.edit')}
          </Button>
        </div>
      </div>
      {isExpanded && (
        <div className="question-body stack" id={`${fieldIdOf(path)}-body`}>
          <BuilderText path={`${path}/text`} language={language} label={t('builder.question.text')} value={question.text[language] ?? ''} isLong rows={2} onChange={(value) => onChange(setQuestionText(document, index, language, value))} />
          <BuilderText path={`${path}/help`} language={language} label={t('builder.question.help')} hint={t('builder.question.helpHint')} isOptional value={question.help?.[language] ?? ''} onChange={(value) => set(withField(question, 'help', withText(question.help, language, value)))} />
          <div className="form-grid">
            <SelectField
              name={`${path}/type`}
              label={t('builder.question.type')}
              value={question.type}
              onChange={(event) => set(withType(question, event.target.value as QuestionType, language, words))}
              options={questionTypes.map((type) => ({ value: type, label: t(typeLabel(type)) }))}
              error={problems.at(`${path}/type`)}
            />
            <BuilderText path={`${path}/key`} label={t('builder.question.key')} hint={t('builder.question.keyHint')} value={question.key} onChange={(value) => onChange(renameQuestion(document, index, value))} className="mono-field" />
          </div>
          <div className="builder-checks">
            <BuilderCheckbox path={`${path}/required`} label={t('builder.question.requiredLabel')} checked={question.required === true} onChange={(on) => set(withField(question, 'required', on))} />
            {isChoice && <BuilderCheckbox path={`${path}/randomize`} label={t('builder.question.randomize')} checked={question.randomize === true} onChange={(on) => set(withField(question, 'randomize', on))} />}
            {question.type === 'number' && <BuilderCheckbox path={`${path}/integer`} label={t('builder.number.integer')} checked={question.integer === true} onChange={(on) => set(withField(question, 'integer', on))} />}
            {question.type === 'text' && <BuilderCheckbox path={`${path}/long`} label={t('builder.text.long')} checked={question.long === true} onChange={(on) => set(withField(question, 'long', on))} />}
          </div>
          {isChoice && <ChoiceListEditor document={document} questionIndex={index} list="options" onChange={onChange} />}
          {hasScale && <ScalePicker question={question} path={path} onChange={set} />}
          {question.type === 'matrix' && <ChoiceListEditor document={document} questionIndex={index} list="items" onChange={onChange} />}
          {(question.type === 'multi' || question.type === 'rank') && (
            <div className="form-grid">
              <BuilderNumber path={`${path}/max_choices`} label={question.type === 'multi' ? t('builder.multi.max') : t('builder.rank.max')} min={1} step={1} value={question.max_choices} onChange={(value) => set(withField(question, 'max_choices', value))} />
            </div>
          )}
          {question.type === 'number' && (
            <div className="form-grid">
              <BuilderNumber path={`${path}/min`} label={t('builder.number.min')} value={question.min} onChange={(value) => set(withField(question, 'min', value))} />
              <BuilderNumber path={`${path}/max`} label={t('builder.number.max')} value={question.max} onChange={(value) => set(withField(question, 'max', value))} />
            </div>
          )}
          {question.type === 'text' && (
            <div className="form-grid">
              <BuilderNumber path={`${path}/max_length`} label={t('builder.text.maxLength')} min={1} step={1} value={question.max_length} onChange={(value) => set(withField(question, 'max_length', value))} />
            </div>
          )}
          <div className="form-grid">
            {(question.type === 'single' || question.type === 'multi') && (
              <SelectField
                name={`${path}/demographic`}
                label={t('builder.demographic.label')}
                hint={t('builder.demographic.hint')}
                value={demographic}
                onChange={(event) => {
                  const kind = event.target.value;
                  set(withField(question, 'demographic', kind === '' ? undefined : kind === 'other' ? true : (kind as SurveyQuestion['demographic'])));
                }}
                options={[
                  { value: '', label: t('builder.demographic.none') },
                  ...demographicKinds.map((kind) => ({ value: kind, label: t(`builder.demographic.${kind}` as MessageKey) })),
                  { value: 'other', label: t('builder.demographic.other') },
                ]}
                error={problems.at(`${path}/demographic`)}
              />
            )}
            <SelectField
              name={`${path}/page`}
              label={t('builder.question.page')}
              value={String(pageOf(question))}
              onChange={(event) => onChange(moveToPage(document, index, Number(event.target.value)))}
              options={Array.from({ length: pages }, (_, i) => ({ value: String(i + 1), label: t('builder.page.title', { number: i + 1 }) }))}
              error={problems.at(`${path}/page`)}
            />
          </div>
          <ShowIfEditor document={document} questionIndex={index} onChange={set} />
        </div>
      )}
    </li>
  );
}
