import { likertScaleNames, type LikertScaleName, type SurveyQuestion } from '../../../core/engagement/survey-format';
import { useT } from '../../app/i18n/i18n-provider';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import { SelectField } from '../../app/ui/field';
import { fieldIdOf, useProblems } from './problems';

const families = ['agreement', 'frequency', 'satisfaction', 'importance'] as const;

/** The Likert scale of a Likert or matrix question: what it measures, 4 or 5 points, and "Don't know". */
export function ScalePicker({ question, path, onChange }: { question: SurveyQuestion; path: string; onChange: (question: SurveyQuestion) => void }) {
  const t = useT();
  const problems = useProblems();
  const [family, points] = (question.scale ?? 'agreement-5').split('-') as [(typeof families)[number], '4' | '5'];
  const setScale = (next: string) => {
    if (!(likertScaleNames as readonly string[]).includes(next)) return;
    // Texts of the old scale's points in further languages no longer fit the new scale.
    const { options: _old, ...rest } = question;
    onChange({ ...rest, scale: next as LikertScaleName });
  };
  return (
    <div className="form-grid">
      <SelectField
        name={`${path}/scale`}
        label={t('builder.scale.family')}
        value={family}
        onChange={(event) => setScale(`${event.target.value}-${points}`)}
        options={families.map((f) => ({ value: f, label: t(`builder.scale.${f}` as MessageKey) }))}
        error={problems.at(`${path}/scale`)}
      />
      <SelectField
        name={`${path}/points`}
        label={t('builder.scale.points')}
        value={points}
        onChange={(event) => setScale(`${family}-${event.target.value}`)}
        options={[
          { value: '4', label: t('builder.scale.four') },
          { value: '5', label: t('builder.scale.five') },
        ]}
      />
      <label className="checkbox builder-checkbox" htmlFor={fieldIdOf(`${path}/dont_know`)}>
        <input
          id={fieldIdOf(`${path}/dont_know`)}
          type="checkbox"
          checked={question.dont_know === true}
          onChange={(event) => {
            const { dont_know: _old, ...rest } = question;
            onChange(event.target.checked ? { ...rest, dont_know: true } : rest);
          }}
        />
        <span>{t('builder.scale.dontKnow')}</span>
      </label>
    </div>
  );
}
