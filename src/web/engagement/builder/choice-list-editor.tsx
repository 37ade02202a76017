import type { SurveyDocument } from '../../../core/engagement/survey-format';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Icon } from '../../app/ui/icons';
import { fieldIdOf, useProblems } from './problems';
import { addOption, moveOption, removeOption, renameOption, setChoiceText, updateQuestion } from './survey-edits';

interface Props {
  document: SurveyDocument;
  questionIndex: number;
  list: 'options' | 'items';
  onChange: (document: SurveyDocument) => void;
}

/**
 * The options of a choice question, or the items of a matrix: each a text in the survey's first
 * language and a key (made from the text until someone types one), in order, added and removed.
 */
export function ChoiceListEditor({ document, questionIndex, list, onChange }: Props) {
  const t = useT();
  const problems = useProblems();
  const language = document.languages[0]!;
  const question = document.questions[questionIndex]!;
  const entries = question[list] ?? [];
  const path = `/questions/${questionIndex}/${list}`;
  const noun = list === 'options' ? 'option' : 'item';
  const setEntries = (next: typeof entries) => onChange(updateQuestion(document, questionIndex, (q) => ({ ...q, [list]: next })));
  const listProblem = problems.at(path);

  return (
    <fieldset className="fieldset choice-editor">
      <legend>{list === 'options' ? t('builder.options.title') : t('builder.items.title')}</legend>
      {listProblem && (
        <p className="field-error" id={fieldIdOf(path)}>
          <Icon name="error" size={16} />
          <span>{listProblem}</span>
        </p>
      )}
      <ol className="choice-rows">
        {entries.map((entry, i) => {
          const at = `${path}/${i}`;
          const textProblem = problems.at(`${at}/text`) ?? problems.at(`${at}/text/${language}`);
          const keyProblem = problems.at(`${at}/key`) ?? problems.at(at);
          const number = i + 1;
          return (
            <li key={i} className="choice-row">
              <div className="choice-row-fields">
                <label className="visually-hidden" htmlFor={fieldIdOf(`${at}/text`)}>
                  {t(`builder.${noun}.textLabel`, { number })}
                </label>
                <input
                  id={fieldIdOf(`${at}/text`)}
                  className="input"
                  value={entry.text[language] ?? ''}
                  placeholder={t(`builder.${noun}.placeholder`, { number })}
                  aria-invalid={textProblem ? true : undefined}
                  aria-describedby={textProblem ? `${fieldIdOf(`${at}/text`)}-error` : undefined}
                  onChange={(event) => onChange(setChoiceText(document, questionIndex, list, i, language, event.target.value))}
                />
                <label className="visually-hidden" htmlFor={fieldIdOf(`${at}/key`)}>
                  {t(`builder.${noun}.keyLabel`, { number })}
                </label>
                <input
                  id={fieldIdOf(`${at}/key`)}
                  className="input choice-key mono"
                  value={entry.key}
                  spellCheck={false}
                  aria-invalid={keyProblem ? true : undefined}
                  aria-describedby={keyProblem ? `${fieldIdOf(`${at}/key`)}-error` : undefined}
                  onChange={(event) =>
                    list === 'options'
                      ? onChange(renameOption(document, questionIndex, i, event.target.value))
                      : setEntries(entries.map((e, j) => (j === i ? { ...e, key: event.target.value } : e)))
                  }
                />
                <span className="choice-row-actions">
                  <Button size="small" variant="quiet" disabled={i === 0} onClick={() => setEntries(moveOption(entries, i, -1))} aria-label={t(`builder.${noun}.up`, { number })}>
                    ↑
                  </Button>
                  <Button size="small" variant="quiet" disabled={i === entries.length - 1} onClick={() => setEntries(moveOption(entries, i, 1))} aria-label={t(`builder.${noun}.down`, { number })}>
                    ↓
                  </Button>
                  <Button size="small" variant="quiet-danger" disabled={entries.length <= 1} onClick={() => setEntries(removeOption(entries, i))} aria-label={t(`builder.${noun}.remove`, { number })}>
                    <Icon name="close" size={14} />
                  </Button>
                </span>
              </div>
              {textProblem && (
                <span className="field-error" id={`${fieldIdOf(`${at}/text`)}-error`}>
                  <Icon name="error" size={16} />
                  <span>{textProblem}</span>
                </span>
              )}
              {keyProblem && (
                <span className="field-error" id={`${fieldIdOf(`${at}/key`)}-error`}>
                  <Icon name="error" size={16} />
                  <span>{keyProblem}</span>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <div>
        <Button size="small" onClick={() => setEntries(addOption(entries, t(`builder.${noun}.new`, { number: entries.length + 1 }), language))}>
          <Icon name="plus" size={14} />
          {list === 'options' ? t('builder.options.add') : t('builder.items.add')}
        </Button>
      </div>
    </fieldset>
  );
}
