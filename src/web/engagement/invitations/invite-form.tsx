import { useMemo, useState } from 'react';
import { api, ApiError, fieldIssueMessage, type ApiErrorDetail } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextAreaField } from '../../app/ui/field';
import { Icon } from '../../app/ui/icons';
import { parsePastedContacts } from '../../../core/engagement/invitations/invitation-recipients';
import type { SurveyDetail } from '../api-types';
import { useLanguageName } from '../surveys/survey-words';
import { invitationsApi, type InvitationsSent, type SurveyInvitations } from './invitations-api';

type Field = 'groups' | 'contacts' | 'language';

/**
 * Who to invite (groups of the survey's cycle, with their contact counts, and pasted contacts),
 * in which of the survey's languages, the mail previewed, then sent. A refusal is shown beside
 * the field it names; a pasted contact's by the line it came from.
 */
export function InviteForm({ survey, groups, onSent }: { survey: SurveyDetail; groups: SurveyInvitations['stakeholder_groups']; onSent: () => Promise<void> }) {
  const { t } = useI18n();
  const languageName = useLanguageName();
  const languages = survey.document.languages;
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [pasted, setPasted] = useState('');
  const [language, setLanguage] = useState(languages[0]!);
  const [errors, setErrors] = useState<Partial<Record<Field, string[]>>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [sent, setSent] = useState<InvitationsSent | null>(null);
  const [isSending, setIsSending] = useState(false);
  const [preview, setPreview] = useState<{ subject: string; text: string } | null>(null);
  const [previewError, setPreviewError] = useState<ApiError | null>(null);
  const read = useMemo(() => parsePastedContacts(pasted), [pasted]);

  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  /** Each refusal beside its field: "/contacts/3/email" is the line contact 3 came from. */
  const placeErrors = (details: readonly ApiErrorDetail[]) => {
    const placed: Partial<Record<Field, string[]>> = {};
    const add = (field: Field, message: string) => (placed[field] = [...(placed[field] ?? []), message]);
    for (const detail of details) {
      const contact = /^\/contacts\/(\d+)/.exec(detail.path);
      if (contact) add('contacts', t('surveyInvitations.pasteLine', { line: read.lines[Number(contact[1])] ?? Number(contact[1]) + 1, problem: fieldIssueMessage(detail) }));
      else if (detail.path.startsWith('/contacts')) add('contacts', fieldIssueMessage(detail));
      else if (detail.path.startsWith('/stakeholder_group_ids')) add('groups', fieldIssueMessage(detail));
      else if (detail.path === '/language') add('language', fieldIssueMessage(detail));
      else return null;
    }
    return placed;
  };

  const send = async () => {
    setFailure(null);
    setSent(null);
    if (chosen.size === 0 && read.contacts.length === 0) return setErrors({ contacts: [t('surveyInvitations.nothingChosen')] });
    if (read.unreadable.length > 0) return setErrors({ contacts: read.unreadable.map((line) => t('surveyInvitations.pasteUnreadable', line)) });
    setErrors({});
    setIsSending(true);
    try {
      const body = { stakeholder_group_ids: groups.filter((g) => chosen.has(g.id)).map((g) => g.id), contacts: read.contacts, language };
      setSent(await api.post<InvitationsSent>(invitationsApi.invite(survey.id), body));
      setChosen(new Set());
      setPasted('');
      await onSent();
    } catch (cause) {
      const error = ApiError.from(cause);
      const placed = error.code === 'invalid_input' ? placeErrors(error.details) : null;
      if (placed) setErrors(placed);
      else setFailure(error);
    } finally {
      setIsSending(false);
    }
  };

  const showPreview = async () => {
    if (preview) return setPreview(null);
    setPreviewError(null);
    try {
      setPreview(await api.get<{ subject: string; text: string }>(invitationsApi.mailPreview(survey.id, language)));
    } catch (cause) {
      setPreviewError(ApiError.from(cause));
    }
  };

  const joined = (field: Field) => errors[field]?.join(' ');
  return (
    <div className="stack">
      {failure && <ErrorAlert error={failure} title={t('surveyInvitations.sendFailed')} onDismiss={() => setFailure(null)} />}
      {sent && (
        <Alert tone="success" onDismiss={() => setSent(null)}>
          <p>{t('surveyInvitations.sent', { count: sent.invited })}</p>
          {sent.skipped_opted_out > 0 && <p>{t('surveyInvitations.skippedOptedOut', { count: sent.skipped_opted_out })}</p>}
          {sent.skipped_already_invited > 0 && <p>{t('surveyInvitations.skippedAlready', { count: sent.skipped_already_invited })}</p>}
        </Alert>
      )}
      <fieldset className="fieldset invitation-groups" aria-describedby={errors.groups ? 'invite-groups-error' : undefined}>
        <legend>{t('surveyInvitations.groups')}</legend>
        {!survey.cycle_id && <p className="muted">{t('surveyInvitations.noCycle')}</p>}
        {survey.cycle_id && groups.length === 0 && <p className="muted">{t('surveyInvitations.noGroups')}</p>}
        {groups.map((group) => (
          <label key={group.id} className="checkbox">
            <input type="checkbox" checked={chosen.has(group.id)} disabled={group.contacts === 0} onChange={() => toggle(group.id)} />
            <span>{t('surveyInvitations.groupContacts', { name: group.name, count: group.contacts })}</span>
          </label>
        ))}
        {errors.groups && (
          <span className="field-error" id="invite-groups-error">
            <Icon name="error" size={16} />
            <span>{joined('groups')}</span>
          </span>
        )}
      </fieldset>
      <TextAreaField
        id="invite-contacts"
        name="contacts"
        label={t('surveyInvitations.paste')}
        hint={pasted.trim() ? `${t('surveyInvitations.pasteHint')} ${t('surveyInvitations.pasteRead', { count: read.contacts.length })}` : t('surveyInvitations.pasteHint')}
        error={joined('contacts')}
        isOptional
        rows={5}
        value={pasted}
        onChange={(event) => setPasted(event.target.value)}
      />
      {languages.length > 1 && (
        <SelectField
          name="language"
          label={t('surveyInvitations.language')}
          value={language}
          error={joined('language')}
          onChange={(event) => {
            setLanguage(event.target.value);
            setPreview(null);
          }}
          options={languages.map((code) => ({ value: code, label: languageName(code) }))}
        />
      )}
      {previewError && <ErrorAlert error={previewError} title={t('surveyInvitations.previewFailed')} onDismiss={() => setPreviewError(null)} />}
      {preview && (
        <div className="invitation-preview" role="region" aria-label={t('surveyInvitations.previewTitle')}>
          <p>
            <strong>{t('surveyInvitations.previewSubject', { subject: preview.subject })}</strong>
          </p>
          <pre lang={language}>{preview.text}</pre>
        </div>
      )}
      <div className="form-actions">
        <Button onClick={() => void showPreview()} aria-expanded={preview !== null}>
          {preview ? t('surveyInvitations.hidePreview') : t('surveyInvitations.preview')}
        </Button>
        <Button variant="primary" isBusy={isSending} onClick={() => void send()}>
          {t('surveyInvitations.send')}
        </Button>
      </div>
    </div>
  );
}
