import { useEffect, useState } from 'react';
import { api, ApiError } from '../../app/api';
import type { Member } from '../../platform/api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextField } from '../../app/ui/field';
import { committeeApi, committeeRoleLabel, committeeRoles, constituencies, constituencyLabel, type CommitteeMember, type CommitteeRole, type Constituency } from './committee-api';

interface MemberDialogProps {
  cycleId: string;
  /** Open for a new member ('new'), for an existing one, or closed (null). */
  member: CommitteeMember | 'new' | null;
  /** The district's accounts when the reader may list them; null hides the account field. */
  accounts: Member[] | null;
  onClose: () => void;
  onSaved: () => Promise<void>;
}

interface FormValues {
  userId: string;
  name: string;
  title: string;
  constituency: Constituency;
  committeeRole: CommitteeRole;
  email: string;
  phone: string;
  isActive: boolean;
}

const blank: FormValues = { userId: '', name: '', title: '', constituency: 'board', committeeRole: 'member', email: '', phone: '', isActive: true };
const valuesOf = (m: CommitteeMember): FormValues => ({ userId: m.userId ?? '', name: m.name, title: m.title ?? '', constituency: m.constituency, committeeRole: m.committeeRole, email: m.email ?? '', phone: m.phone ?? '', isActive: m.isActive });

const shownFields = new Set(['userId', 'name', 'title', 'constituency', 'committeeRole', 'email', 'phone']);
/** Field messages sit next to their fields; anything else needs the banner. */
const isExplainedByFields = (error: ApiError) => error.code === 'invalid_input' && error.details.length > 0 && Object.keys(error.fieldErrors).every((field) => shownFields.has(field));

/** Seats someone on the committee or changes their seat: every field of the roster in one form. */
export function MemberDialog({ cycleId, member, accounts, onClose, onSaved }: MemberDialogProps) {
  const t = useT();
  const say = useAnnounce();
  const [values, setValues] = useState<FormValues>(blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  // The version the next save is based on; a conflict moves it to the latest one shown.
  const [baseVersion, setBaseVersion] = useState(0);
  const existing = member && member !== 'new' ? member : null;

  useEffect(() => {
    setValues(existing ? valuesOf(existing) : blank);
    setBaseVersion(existing?.version ?? 0);
    setErrors({});
    setError(null);
    // Only when another member (or none) is opened; edits in progress survive re-renders.
  }, [member]);

  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  // Picking an account fills the name and email the person already gave Waymark.
  const pickAccount = (userId: string) => {
    const account = accounts?.find((a) => a.userId === userId);
    setValues((v) => ({ ...v, userId, name: v.name || account?.name || '', email: v.email || account?.email || '' }));
  };

  const submit = async () => {
    const fieldErrors: Record<string, string> = {};
    if (!values.name.trim()) fieldErrors.name = t('validation.required');
    if (values.email.trim() && !/^\S+@\S+\.\S+$/.test(values.email.trim())) fieldErrors.email = t('validation.email');
    setErrors(fieldErrors);
    setError(null);
    if (Object.keys(fieldErrors).length) {
      document.querySelector<HTMLElement>(`#member-form [name="${Object.keys(fieldErrors)[0]}"]`)?.focus();
      return;
    }
    const body = {
      name: values.name.trim(),
      title: values.title.trim() || null,
      constituency: values.constituency,
      committeeRole: values.committeeRole,
      email: values.email.trim() || null,
      phone: values.phone.trim() || null,
      ...(accounts ? { userId: values.userId || null } : {}),
    };
    setIsBusy(true);
    try {
      if (existing) {
        await api.patch(committeeApi.member(cycleId, existing.id), { ...body, version: baseVersion, isActive: values.isActive });
        say(t('committee.saved', { name: body.name }));
      } else {
        await api.post(committeeApi.committee(cycleId), body);
        say(t('committee.added', { name: body.name }));
      }
      await onSaved();
      onClose();
    } catch (cause) {
      const apiError = ApiError.from(cause);
      setErrors(apiError.fieldErrors);
      setError(apiError);
      if (apiError.status === 409) {
        const current = (apiError.body as { current?: CommitteeMember }).current;
        if (current) {
          setValues(valuesOf(current));
          setBaseVersion(current.version);
        }
        await onSaved();
      }
    } finally {
      setIsBusy(false);
    }
  };

  const accountOptions = [{ value: '', label: t('committee.field.accountNone') }, ...(accounts ?? []).filter((a) => a.isActive || a.userId === values.userId).map((a) => ({ value: a.userId, label: `${a.name} (${a.email})` }))];

  return (
    <Dialog
      isOpen={member !== null}
      isWide
      title={existing ? t('committee.dialog.editTitle', { name: existing.name }) : t('committee.dialog.addTitle')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button variant="primary" type="submit" form="member-form" isBusy={isBusy}>
            {existing ? t('committee.dialog.save') : t('committee.dialog.add')}
          </Button>
        </>
      }
    >
      <form id="member-form" className="form" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
        {error && (error.status === 409 ? <Alert tone="warning" title={t('committee.conflict')} announce="alert" /> : !isExplainedByFields(error) && <ErrorAlert error={error} title={t('committee.saveFailed')} />)}
        {accounts && (
          <SelectField name="userId" label={t('committee.field.account')} hint={t('committee.field.accountHint')} isOptional value={values.userId} onChange={(e) => pickAccount(e.target.value)} options={accountOptions} error={errors.userId} />
        )}
        <div className="form-grid">
          <TextField name="name" label={t('committee.field.name')} value={values.name} onChange={(e) => set('name', e.target.value)} error={errors.name} maxLength={200} required autoComplete="off" />
          <TextField name="title" label={t('committee.field.title')} hint={t('committee.field.titleHint')} isOptional value={values.title} onChange={(e) => set('title', e.target.value)} error={errors.title} maxLength={200} />
          <SelectField name="constituency" label={t('committee.field.constituency')} hint={t('committee.field.constituencyHint')} value={values.constituency} onChange={(e) => set('constituency', e.target.value as Constituency)} options={constituencies.map((c) => ({ value: c, label: t(constituencyLabel(c)) }))} error={errors.constituency} />
          <SelectField name="committeeRole" label={t('committee.field.role')} value={values.committeeRole} onChange={(e) => set('committeeRole', e.target.value as CommitteeRole)} options={committeeRoles.map((r) => ({ value: r, label: t(committeeRoleLabel(r)) }))} error={errors.committeeRole} />
          <TextField name="email" type="email" label={t('committee.field.email')} isOptional value={values.email} onChange={(e) => set('email', e.target.value)} error={errors.email} maxLength={254} autoComplete="off" />
          <TextField name="phone" type="tel" label={t('committee.field.phone')} isOptional value={values.phone} onChange={(e) => set('phone', e.target.value)} error={errors.phone} maxLength={200} autoComplete="off" />
        </div>
        {existing && (
          <label className="checkbox">
            <input type="checkbox" name="isActive" checked={values.isActive} onChange={(e) => set('isActive', e.target.checked)} />
            <span>
              <span className="choice-title">{t('committee.field.active')}</span>
              <span className="choice-text">{t('committee.field.activeHint')}</span>
            </span>
          </label>
        )}
      </form>
    </Dialog>
  );
}
