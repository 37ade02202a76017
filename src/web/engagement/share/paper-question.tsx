import { isRightToLeft, type AnswerValue, type LocalizedText, type SurveyOption, type SurveyQuestion } from '../../../core/engagement/survey-format';
import { fieldIssueMessage, type ApiErrorDetail } from '../../app/api';
import { useT } from '../../app/i18n/i18n-provider';
import { Icon } from '../../app/ui/icons';

interface Props {
  question: SurveyQuestion;
  number: number;
  text: (value: LocalizedText) => string;
  /** The language the paper form was filled in: the survey's words are marked as written in it. */
  language: string;
  choices: SurveyOption[];
  value: AnswerValue | undefined;
  problem?: ApiErrorDetail;
  onChange: (value: AnswerValue | undefined) => void;
}

/** One question of a paper form, as staff copy it in: the control its type needs and the server's problem under it. */
export function PaperQuestion({ question, number, text, language, choices, value, problem, onChange }: Props) {
  const t = useT();
  const id = `paper-${question.key}`;
  const errorId = `${id}-error`;
  const words = { lang: language, dir: isRightToLeft(language) ? ('rtl' as const) : undefined };
  const legend = (
    <>
      <span className="paper-number">{number}.</span> <span {...words}>{text(question.text)}</span>
      {question.required && <span className="field-optional"> ({t('paper.required')})</span>}
    </>
  );
  const help = question.help && (
    <span className="field-hint" {...words}>
      {text(question.help)}
    </span>
  );
  const error = problem && (
    <span className="field-error" id={errorId}>
      <Icon name="error" size={16} />
      <span>{fieldIssueMessage(problem)}</span>
    </span>
  );
  const described = problem ? errorId : undefined;

  if (question.type === 'number' || question.type === 'text') {
    const isLong = question.type === 'text' && question.long;
    return (
      <div className="field">
        <label className="field-label" htmlFor={id}>
          {legend}
        </label>
        {help}
        {isLong ? (
          <textarea id={id} className="textarea" rows={4} value={typeof value === 'string' ? value : ''} aria-describedby={described} aria-invalid={problem ? true : undefined} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <input
            id={id}
            className="input"
            type={question.type === 'number' ? 'number' : 'text'}
            step={question.integer ? 1 : 'any'}
            value={value === undefined ? '' : String(value)}
            aria-describedby={described}
            aria-invalid={problem ? true : undefined}
            onChange={(event) => onChange(question.type === 'number' ? (event.target.value === '' ? undefined : Number(event.target.value)) : event.target.value)}
          />
        )}
        {error}
      </div>
    );
  }

  if (question.type === 'matrix') {
    const rows = (typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<string, string>;
    return (
      <fieldset className="fieldset" aria-describedby={described}>
        <legend>{legend}</legend>
        {help}
        <div className="paper-matrix">
          {(question.items ?? []).map((item) => (
            <label key={item.key} className="field">
              <span className="field-label" {...words}>
                {text(item.text)}
              </span>
              <select className="select" value={rows[item.key] ?? ''} onChange={(event) => onChange(withRow(rows, item.key, event.target.value))}>
                <option value="">{t('paper.noAnswer')}</option>
                {choices.map((choice) => (
                  <option key={choice.key} value={choice.key}>
                    {text(choice.text)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
        {error}
      </fieldset>
    );
  }

  if (question.type === 'rank') {
    const order = Array.isArray(value) ? value : [];
    const setPosition = (key: string, position: string) => {
      const without = order.filter((k) => k !== key);
      if (position) without.splice(Number(position) - 1, 0, key);
      onChange(without);
    };
    return (
      <fieldset className="fieldset" aria-describedby={described}>
        <legend>{legend}</legend>
        <span className="field-hint">{t('paper.rankHint')}</span>
        {help}
        <div className="paper-matrix">
          {choices.map((choice) => (
            <label key={choice.key} className="field">
              <span className="field-label" {...words}>
                {text(choice.text)}
              </span>
              <select className="select" value={order.includes(choice.key) ? String(order.indexOf(choice.key) + 1) : ''} onChange={(event) => setPosition(choice.key, event.target.value)}>
                <option value="">{t('paper.notRanked')}</option>
                {choices.map((_, i) => (
                  <option key={i} value={String(i + 1)}>
                    {t('paper.position', { number: i + 1 })}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
        {error}
      </fieldset>
    );
  }

  const isMulti = question.type === 'multi';
  const chosen = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return (
    <fieldset className="fieldset" aria-describedby={described}>
      <legend>{legend}</legend>
      {help}
      <div className="paper-choices">
        {choices.map((choice) => (
          <label key={choice.key} className="checkbox">
            <input
              type={isMulti ? 'checkbox' : 'radio'}
              name={`paper-${question.key}`}
              checked={chosen.includes(choice.key)}
              onChange={(event) => {
                if (!isMulti) return onChange(choice.key);
                onChange(event.target.checked ? choices.map((c) => c.key).filter((k) => k === choice.key || chosen.includes(k)) : chosen.filter((k) => k !== choice.key));
              }}
            />
            <span {...words}>{text(choice.text)}</span>
          </label>
        ))}
        {!isMulti && chosen.length > 0 && (
          <button type="button" className="link-button" onClick={() => onChange(undefined)}>
            {t('paper.clear')}
          </button>
        )}
      </div>
      {error}
    </fieldset>
  );
}

function withRow(rows: Record<string, string>, item: string, choice: string): Record<string, string> | undefined {
  const next = { ...rows };
  if (choice) next[item] = choice;
  else delete next[item];
  return Object.keys(next).length ? next : undefined;
}
