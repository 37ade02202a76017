import { choicesOf, textIn } from '../../../core/engagement/likert-scales';
import type { SurveyDocument, SurveyQuestion } from '../../../core/engagement/survey-format';
import { useI18n } from '../../app/i18n/i18n-provider';
import { SelectField } from '../../app/ui/field';
import { Icon } from '../../app/ui/icons';
import { fieldIdOf, useProblems } from './problems';
import { conditionSources } from './survey-edits';

interface Props {
  document: SurveyDocument;
  questionIndex: number;
  onChange: (question: SurveyQuestion) => void;
}

/** "Show this question only if": an earlier choice question, and the answers to it that show this one. */
export function ShowIfEditor({ document, questionIndex, onChange }: Props) {
  const { t } = useI18n();
  const problems = useProblems();
  const question = document.questions[questionIndex]!;
  const language = document.languages[0]!;
  const sources = conditionSources(document, questionIndex);
  const path = `/questions/${questionIndex}/show_if`;
  const source = sources.find((s) => s.key === question.show_if?.question);
  const chosen = new Set(question.show_if?.any_of ?? []);
  const label = (q: SurveyQuestion) => `${document.questions.indexOf(q) + 1}. ${textIn(q.text, language, document.languages) || q.key}`;

  const setSource = (key: string) => {
    const { show_if: _old, ...rest } = question;
    if (!key) return onChange(rest);
    const first = choicesOf(sources.find((s) => s.key === key)!)[0];
    onChange({ ...rest, show_if: { question: key, any_of: first ? [first.key] : [] } });
  };
  const toggle = (key: string, isOn: boolean) => {
    const next = new Set(chosen);
    if (isOn) next.add(key);
    else next.delete(key);
    const choices = choicesOf(source!).map((c) => c.key);
    onChange({ ...question, show_if: { question: source!.key, any_of: choices.filter((c) => next.has(c)) } });
  };
  const answersProblem = problems.at(`${path}/any_of`);

  return (
    <div className="stack show-if">
      <SelectField
        name={`${path}/question`}
        label={t('builder.showIf.question')}
        hint={sources.length === 0 ? t('builder.showIf.noSources') : t('builder.showIf.hint')}
        value={source?.key ?? ''}
        disabled={sources.length === 0}
        onChange={(event) => setSource(event.target.value)}
        options={[{ value: '', label: t('builder.showIf.always') }, ...sources.map((s) => ({ value: s.key, label: label(s) }))]}
        error={problems.at(`${path}/question`) ?? problems.at(path)}
      />
      {source && (
        <fieldset className="fieldset" aria-describedby={answersProblem ? `${fieldIdOf(`${path}/any_of`)}-error` : undefined}>
          <legend>{t('builder.showIf.answers')}</legend>
          <div className="show-if-answers">
            {choicesOf(source).map((choice) => (
              <label key={choice.key} className="checkbox">
                <input type="checkbox" checked={chosen.has(choice.key)} onChange={(event) => toggle(choice.key, event.target.checked)} />
                <span>{textIn(choice.text, language, [...document.languages, 'en']) || choice.key}</span>
              </label>
            ))}
          </div>
          {answersProblem && (
            <span className="field-error" id={`${fieldIdOf(`${path}/any_of`)}-error`}>
              <Icon name="error" size={16} />
              <span>{answersProblem}</span>
            </span>
          )}
        </fieldset>
      )}
    </div>
  );
}
