import { useState } from 'react';
import { isRightToLeft } from '../../../core/engagement/survey-format';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { useSurvey } from '../surveys/survey-context';
import { useLanguageName } from '../surveys/survey-words';
import { shownText, surveysApi } from '../surveys/surveys-api';
import './preview.css';

/**
 * The respondent's page as a respondent on a phone sees it (360 px wide), in each of the survey's
 * languages. It is the server's own preview of the saved survey: answers typed here are not sent.
 */
export function PreviewPage() {
  const { t, locale } = useI18n();
  const languageName = useLanguageName();
  const { survey } = useSurvey();
  const languages = survey.document.languages;
  const [language, setLanguage] = useState(languages.includes(locale) ? locale : languages[0]!);
  const title = shownText(survey.document.title, language, languages);

  return (
    <div className="stack-lg">
      <Alert tone="info" announce="none" title={t('preview.note.title')}>
        <p>{t('preview.note.text')}</p>
      </Alert>
      <section className="card" aria-labelledby="preview-heading">
        <div className="card-header">
          <h2 id="preview-heading">{t('preview.title')}</h2>
          <div className="preview-languages" role="group" aria-label={t('preview.language')}>
            {languages.map((code) => (
              <button key={code} type="button" className={`button button-small ${code === language ? 'button-primary' : 'button-secondary'}`} aria-pressed={code === language} onClick={() => setLanguage(code)} lang={code}>
                {languageName(code)}
              </button>
            ))}
          </div>
        </div>
        <div className="card-body preview-stage">
          <div className="preview-phone">
            <iframe
              key={`${language}-${survey.version}`}
              src={surveysApi.preview(survey.id, language)}
              title={t('preview.frameTitle', { title, language: languageName(language) })}
              className="preview-frame"
              width={360}
              height={720}
              dir={isRightToLeft(language) ? 'rtl' : 'ltr'}
            />
          </div>
          <p className="muted preview-width">{t('preview.width')}</p>
        </div>
      </section>
    </div>
  );
}
