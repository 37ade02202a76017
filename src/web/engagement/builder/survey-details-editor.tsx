import { surveyModes, type SurveyDocument } from '../../../core/engagement/survey-format';
import { useT } from '../../app/i18n/i18n-provider';
import { modeExplanation, modeLabel } from '../surveys/survey-words';
import { BuilderText } from './builder-fields';
import { fieldIdOf, useProblems } from './problems';
import { withText } from './survey-edits';

/** The survey's title, intro and thank-you (in its first language) and its mode, each mode said in plain words. */
export function SurveyDetailsEditor({ document, onChange }: { document: SurveyDocument; onChange: (document: SurveyDocument) => void }) {
  const t = useT();
  const problems = useProblems();
  const language = document.languages[0]!;
  const setOptional = (field: 'intro' | 'thank_you', value: string) => {
    const { [field]: _old, ...rest } = document;
    const text = withText(document[field], language, value);
    onChange(text ? { ...rest, [field]: text } : rest);
  };
  const modeProblem = problems.at('/mode');
  return (
    <section className="card" aria-labelledby="builder-details">
      <div className="card-header">
        <h2 id="builder-details">{t('builder.details.title')}</h2>
      </div>
      <div className="card-body stack">
        <BuilderText path="/title" language={language} label={t('builder.details.surveyTitle')} value={document.title[language] ?? ''} onChange={(value) => onChange({ ...document, title: withText(document.title, language, value, true)! })} />
        <BuilderText path="/intro" language={language} label={t('builder.details.intro')} hint={t('builder.details.introHint')} isLong isOptional value={document.intro?.[language] ?? ''} onChange={(value) => setOptional('intro', value)} />
        <BuilderText path="/thank_you" language={language} label={t('builder.details.thankYou')} hint={t('builder.details.thankYouHint')} isLong rows={2} isOptional value={document.thank_you?.[language] ?? ''} onChange={(value) => setOptional('thank_you', value)} />
        <fieldset className="fieldset" id={fieldIdOf('/mode')} aria-describedby={modeProblem ? `${fieldIdOf('/mode')}-error` : undefined}>
          <legend>{t('builder.details.mode')}</legend>
          <div className="choice-list mode-choices">
            {surveyModes.map((mode) => (
              <label key={mode} className="choice">
                <input type="radio" name="survey-mode" value={mode} checked={document.mode === mode} onChange={() => onChange({ ...document, mode })} />
                <span>
                  <span className="choice-title">{t(modeLabel(mode))}</span>
                  <span className="choice-text">{t(modeExplanation(mode))}</span>
                </span>
              </label>
            ))}
          </div>
          {modeProblem && (
            <span className="field-error" id={`${fieldIdOf('/mode')}-error`}>
              {modeProblem}
            </span>
          )}
        </fieldset>
      </div>
    </section>
  );
}
