import { useState } from 'react';
import { isRightToLeft, languageCode, type SurveyDocument } from '../../../core/engagement/survey-format';
import { useT } from '../../app/i18n/i18n-provider';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { FieldFrame } from '../../app/ui/field';
import { Icon } from '../../app/ui/icons';
import { useLanguageName } from '../surveys/survey-words';
import { fieldIdOf, useProblems } from './problems';
import { addLanguage, removeLanguage } from './survey-edits';

/**
 * The languages the survey is offered in: English and Spanish from the start, any other added by
 * its code (its name shown as the browser knows it), any removed with its texts. The first is the
 * language the builder writes in and respondents start in.
 */
export function LanguagesEditor({ document, onChange }: { document: SurveyDocument; onChange: (document: SurveyDocument) => void }) {
  const t = useT();
  const problems = useProblems();
  const languageName = useLanguageName();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const trimmed = code.trim();
  const isValid = languageCode.safeParse(trimmed).success;

  const add = () => {
    if (!isValid) return setError(t('builder.languages.invalid'));
    if (document.languages.includes(trimmed)) return setError(t('builder.languages.already', { name: languageName(trimmed) }));
    onChange(addLanguage(document, trimmed));
    setCode('');
    setError(undefined);
  };

  return (
    <section className="card" aria-labelledby="builder-languages">
      <div className="card-header">
        <div>
          <h2 id="builder-languages">{t('builder.languages.title')}</h2>
          <p>{t('builder.languages.description')}</p>
        </div>
      </div>
      <div className="card-body stack">
        {problems.at('/languages') && (
          <p className="field-error" id={fieldIdOf('/languages')}>
            <Icon name="error" size={16} />
            <span>{problems.at('/languages')}</span>
          </p>
        )}
        <ul className="language-list">
          {document.languages.map((language, i) => (
            <li key={language} className="language-chip">
              <span lang={language}>{languageName(language)}</span> <span className="mono muted">{language}</span>
              {i === 0 && <Badge tone="brand" hasDot={false}>{t('builder.languages.first')}</Badge>}
              {isRightToLeft(language) && <Badge hasDot={false}>{t('builder.languages.rtl')}</Badge>}
              <Button size="small" variant="quiet-danger" disabled={document.languages.length <= 1} onClick={() => onChange(removeLanguage(document, language))} aria-label={t('builder.languages.remove', { name: languageName(language) })}>
                <Icon name="close" size={14} />
              </Button>
            </li>
          ))}
        </ul>
        <div className="language-add">
          <FieldFrame label={t('builder.languages.code')} hint={trimmed && isValid ? t('builder.languages.willAdd', { name: languageName(trimmed) }) : t('builder.languages.codeHint')} error={error}>
            {({ id, describedBy, isInvalid }) => (
              <input
                id={id}
                className="input mono"
                value={code}
                spellCheck={false}
                autoCapitalize="off"
                aria-describedby={describedBy}
                aria-invalid={isInvalid || undefined}
                onChange={(event) => {
                  setCode(event.target.value);
                  setError(undefined);
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    add();
                  }
                }}
              />
            )}
          </FieldFrame>
          <Button onClick={add}>
            <Icon name="plus" size={14} />
            {t('builder.languages.add')}
          </Button>
        </div>
        <p className="muted">{t('builder.languages.removeNote')}</p>
      </div>
    </section>
  );
}
