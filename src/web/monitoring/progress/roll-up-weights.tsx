import { useI18n } from '../../app/i18n/i18n-provider';
import type { Scorecard } from './progress-api';

/** A weight as typed ("2", "1,5"), or null when it is not a number from 0 to 100; empty means the default, 1. */
export function parseWeight(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= 100 ? value : null;
}

/**
 * How much each measure and strategy counts in its goal's roll-up (and each measure in its
 * strategy's): 1 unless the planners say otherwise, 0 to leave one out.
 */
export function RollUpWeights({
  scorecard,
  weights,
  errors,
  onChange,
}: {
  scorecard: Scorecard;
  weights: Record<string, string>;
  errors: Record<string, string>;
  onChange: (key: string, text: string) => void;
}) {
  const { t } = useI18n();
  const input = (key: string, label: string) => (
    <li key={key} className="weight-row">
      <label htmlFor={`weight-${key}`}>
        <span className="mono">{key}</span> {label}
      </label>
      <input
        id={`weight-${key}`}
        className="input weight-input"
        inputMode="decimal"
        placeholder="1"
        value={weights[key] ?? ''}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={errors[key] ? `weight-${key}-error` : undefined}
        onChange={(event) => onChange(key, event.target.value)}
      />
      {errors[key] && (
        <span className="field-error" id={`weight-${key}-error`}>
          {errors[key]}
        </span>
      )}
    </li>
  );
  return (
    <fieldset className="fieldset roll-up-weights">
      <legend>{t('progress.weights.title')}</legend>
      <p className="field-hint">{t('progress.weights.hint')}</p>
      {scorecard.goals.map((goal) => (
        <div key={goal.key}>
          <p className="weight-goal">
            <span className="mono">{goal.key}</span> {goal.title}
          </p>
          <ul className="weight-list">
            {goal.measures.map((m) => input(m.key, m.name))}
            {goal.strategies.flatMap((s) => [input(s.key, s.title), ...s.measures.map((m) => input(m.key, m.name))])}
          </ul>
        </div>
      ))}
    </fieldset>
  );
}
