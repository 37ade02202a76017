import { useI18n } from '../../app/i18n/i18n-provider';

export interface WindowSettings {
  closesOn: string;
  verifyEmail: boolean;
  showComments: boolean;
}

/**
 * The two choices of a comment window, each with the sentence that says what it does: used when
 * opening the draft for comment and while the window runs. With no prefix the inputs are named as
 * the API's fields (verify_email, show_comments), so a form places the server's messages by them.
 */
export function WindowChoices({ idPrefix, settings, errors, onChange }: { idPrefix?: string; settings: Pick<WindowSettings, 'verifyEmail' | 'showComments'>; errors: Record<string, string>; onChange: (next: Partial<WindowSettings>) => void }) {
  const { t } = useI18n();
  const name = (field: string) => (idPrefix ? `${idPrefix}-${field}` : field);
  return (
    <fieldset className="stack window-choices">
      <legend className="visually-hidden">{t('publicComment.settings')}</legend>
      <label className="checkbox">
        <input type="checkbox" name={name('verify_email')} checked={settings.verifyEmail} onChange={(event) => onChange({ verifyEmail: event.target.checked })} aria-describedby={`${name('verify_email')}-hint`} />
        <span>
          <strong>{t('publicComment.verifyEmail')}</strong>
          <span className="field-hint" id={`${name('verify_email')}-hint`}>
            {t('publicComment.verifyEmailHint')}
          </span>
        </span>
      </label>
      {errors.verify_email && <p className="field-error">{errors.verify_email}</p>}
      <label className="checkbox">
        <input type="checkbox" name={name('show_comments')} checked={settings.showComments} onChange={(event) => onChange({ showComments: event.target.checked })} aria-describedby={`${name('show_comments')}-hint`} />
        <span>
          <strong>{t('publicComment.showComments')}</strong>
          <span className="field-hint" id={`${name('show_comments')}-hint`}>
            {t('publicComment.showCommentsHint')}
          </span>
        </span>
      </label>
    </fieldset>
  );
}
