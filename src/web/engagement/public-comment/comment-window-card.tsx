import { useEffect, useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { useAnnounce } from '../../app/ui/announcer';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { TextField } from '../../app/ui/field';
import { WindowChoices, type WindowSettings } from './window-choices';
import { publicCommentApi, type PublicCommentWindow } from './public-comment-api';

interface Props {
  planId: string;
  window: PublicCommentWindow;
  /** The draft page's address, while this window runs. */
  draftUrl: string | null;
  canEdit: boolean;
  onSaved: (window: PublicCommentWindow) => void;
  /** Someone changed the window meanwhile: read the windows again. */
  onConflict: () => Promise<void>;
}

const settingsOf = (window: PublicCommentWindow): WindowSettings => ({ closesOn: window.closes_on, verifyEmail: window.verify_email, showComments: window.show_comments });

/**
 * One comment window: its dates, open or closed, the comments counted by where they stand, the
 * draft page's address, and while it runs its settings (closing date, confirmed email, comments
 * shown on the draft page), saved against the version the person read.
 */
export function CommentWindowCard({ planId, window, draftUrl, canEdit, onSaved, onConflict }: Props) {
  const { t, formatDate, locale } = useI18n();
  const say = useAnnounce();
  const [settings, setSettings] = useState(() => settingsOf(window));
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [isConflict, setIsConflict] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  useEffect(() => setSettings(settingsOf(window)), [window]);
  const isDirty = JSON.stringify(settings) !== JSON.stringify(settingsOf(window));
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);
  const { counts } = window;

  const save = async () => {
    setIsBusy(true);
    setFailure(null);
    setIsConflict(false);
    try {
      onSaved(await api.put<PublicCommentWindow>(publicCommentApi.window(planId, window.id), { version: window.version, closes_on: settings.closesOn, verify_email: settings.verifyEmail, show_comments: settings.showComments }));
      say(t('publicComment.saved'));
    } catch (cause) {
      const error = ApiError.from(cause);
      if (error.status === 409) {
        setIsConflict(true);
        await onConflict();
      } else setFailure(error);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="comment-window-heading">
      <div className="card-header">
        <div>
          <h2 id="comment-window-heading">
            {t('publicComment.window')} <Badge tone={window.is_open ? 'info' : 'neutral'}>{window.is_open ? t('publicComment.open') : t('publicComment.closed')}</Badge>
          </h2>
          <p>
            {t('publicComment.dates', { opens: formatDate(window.opens_on), closes: formatDate(window.closes_on) })} · {t('publicComment.draftVersion', { version: window.draft_version })}
          </p>
        </div>
      </div>
      <div className="card-body stack">
        <ul className="comment-window-counts" aria-label={t('publicComment.comments')}>
          <li>
            <strong>{t('publicComment.counts.received', { count: number(counts.received) })}</strong>
          </li>
          <li>{t('publicComment.counts.pending', { count: number(counts.pending) })}</li>
          {counts.unconfirmed > 0 && <li>{t('publicComment.counts.unconfirmed', { count: number(counts.unconfirmed) })}</li>}
          <li>{t('publicComment.counts.hidden', { count: number(counts.hidden) })}</li>
          <li>{t('publicComment.counts.answered', { count: number(counts.answered) })}</li>
        </ul>
        {draftUrl && (
          <p>
            <strong>{t('publicComment.draftPage')}:</strong>{' '}
            <a href={draftUrl} target="_blank" rel="noreferrer" className="break-anywhere">
              {draftUrl}
            </a>
            <br />
            <span className="muted">{t('publicComment.draftPageHint')}</span>
          </p>
        )}
        {canEdit && window.is_open ? (
          <div className="stack comment-window-settings">
            <h3>{t('publicComment.settings')}</h3>
            {isConflict && <Alert tone="warning">{t('publicComment.conflict')}</Alert>}
            {failure && !failure.fieldErrors.closes_on && !failure.fieldErrors.verify_email && <ErrorAlert error={failure} title={t('publicComment.saveFailed')} onDismiss={() => setFailure(null)} />}
            <TextField
              name="window-closes-on"
              type="date"
              label={t('publicComment.closesOn')}
              hint={t('publicComment.closesOnHint')}
              value={settings.closesOn}
              error={failure?.fieldErrors.closes_on}
              onChange={(event) => setSettings({ ...settings, closesOn: event.target.value })}
            />
            <WindowChoices idPrefix="window" settings={settings} errors={failure?.fieldErrors ?? {}} onChange={(next) => setSettings({ ...settings, ...next })} />
            <div className="form-actions">
              <Button variant="primary" isBusy={isBusy} disabled={!isDirty || !settings.closesOn} onClick={() => void save()}>
                {t('publicComment.save')}
              </Button>
            </div>
          </div>
        ) : (
          !window.is_open && <p className="muted">{t('publicComment.settingsClosed')}</p>
        )}
      </div>
    </section>
  );
}
