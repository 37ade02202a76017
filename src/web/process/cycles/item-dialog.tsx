import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api, ApiError, fieldIssueMessage } from '../../app/api';
import type { CycleDetail, CyclePhase } from '../api-types';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import { useT } from '../../app/i18n/i18n-provider';
import { useAnnounce } from '../../app/ui/announcer';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextField } from '../../app/ui/field';
import { dayNumber, formatLabel, isConflict, processApi, sessionFormats, type ItemKind } from './process-api';
import type { CycleItem, EditTarget } from './use-cycle-editor';

type Values = Record<string, string | boolean>;

/** The fields each kind is adapted through here; the rest (agendas, done-when lists) keep the template's. */
const fieldsOf: Record<ItemKind, string[]> = {
  phase: ['name', 'startDate', 'endDate', 'guidingQuestion'],
  step: ['text'],
  session: ['name', 'date', 'format', 'lengthMinutes'],
  deliverable: ['name', 'dueDate', 'description'],
};
const dateFields = new Set(['startDate', 'endDate', 'date', 'dueDate']);
const optionalFields = new Set(['guidingQuestion', 'lengthMinutes', 'description']);

const dayAfter = (date: string, days: number) => new Date((dayNumber(date) + days) * 86_400_000).toISOString().slice(0, 10);

function initialValues(target: EditTarget, cycle: CycleDetail): Values {
  if (target.mode === 'edit') {
    const item = target.item as unknown as Record<string, unknown>;
    return Object.fromEntries([...fieldsOf[target.kind].map((field) => [field, item[field] === null || item[field] === undefined ? '' : String(item[field])]), ['shiftFollowing', false]]);
  }
  const phase = target.phase;
  const last = cycle.phases.at(-1);
  const start = last ? dayAfter(last.endDate, 1) : cycle.startDate;
  const defaults: Record<ItemKind, Values> = {
    phase: { name: '', startDate: start, endDate: dayAfter(start, 13), guidingQuestion: '' },
    step: { text: '' },
    session: { name: '', date: phase?.startDate ?? '', format: 'meeting', lengthMinutes: '' },
    deliverable: { name: '', dueDate: phase?.endDate ?? '', description: '' },
  };
  return defaults[target.kind];
}

/** The request body's fields from the form: trimmed text, numbers, and on an edit only what changed. */
function payloadOf(target: EditTarget, values: Values): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const field of fieldsOf[target.kind]) {
    const raw = String(values[field] ?? '').trim();
    const value = field === 'lengthMinutes' ? (raw ? Number(raw) : null) : raw;
    if (target.mode === 'add' && optionalFields.has(field) && (value === '' || value === null)) continue;
    if (target.mode === 'edit' && (target.item as unknown as Record<string, unknown>)[field] === value) continue;
    fields[field] = value;
  }
  return fields;
}

function checkValues(kind: ItemKind, values: Values, required: string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fieldsOf[kind]) {
    if (!optionalFields.has(field) && !String(values[field] ?? '').trim()) errors[field] = required;
  }
  return errors;
}

const titleKey: Record<ItemKind, { add: MessageKey; edit: MessageKey }> = {
  phase: { add: 'cycleEdit.newPhase', edit: 'cycleEdit.editPhase' },
  step: { add: 'cycleEdit.newStep', edit: 'cycleEdit.editStep' },
  session: { add: 'cycleEdit.newSession', edit: 'cycleEdit.editSession' },
  deliverable: { add: 'cycleEdit.newDeliverable', edit: 'cycleEdit.editDeliverable' },
};

interface ItemDialogProps {
  cycleId: string;
  cycle: CycleDetail;
  target: EditTarget | null;
  onClose: () => void;
  onSaved: () => Promise<void>;
}

/** Adds a phase, step, session or deliverable, or changes one; a phase's dates can carry later phases along. */
export function ItemDialog({ cycleId, cycle, target, onClose, onSaved }: ItemDialogProps) {
  const t = useT();
  const say = useAnnounce();
  const ids = useId();
  const [values, setValues] = useState<Values>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  // The version being edited: the one opened, or the one someone else saved meanwhile (409).
  const [base, setBase] = useState<CycleItem | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (!target) return;
    setValues(initialValues(target, cycle));
    setBase(target.mode === 'edit' ? target.item : null);
    setErrors({});
    setError(null);
    // Only a new target resets the form; a reload of the cycle behind it must not wipe what is typed.
  }, [target]);

  if (!target) return <Dialog isOpen={false} title="" onClose={onClose}>{null}</Dialog>;
  const { kind } = target;
  const phase: CyclePhase | null = target.mode === 'add' ? target.phase : null;
  const item: CycleItem | null = target.mode === 'edit' ? target.item : null;
  const title = target.mode === 'add' ? t(titleKey[kind].add, { phase: phase?.name ?? '' }) : t(titleKey[kind].edit, { name: item && 'name' in item ? item.name : '' });
  const set = (field: string, value: string | boolean) => setValues((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkValues(kind, values, t('validation.required'));
    if (kind === 'phase' && !found.endDate && !found.startDate && String(values.endDate) < String(values.startDate)) found.endDate = t('cycleEdit.endBeforeStart');
    setErrors(found);
    if (Object.keys(found).length) {
      formRef.current?.querySelector<HTMLElement>(`[name="${Object.keys(found)[0]}"]`)?.focus();
      return;
    }
    const editing: EditTarget = target.mode === 'edit' && base ? { ...target, item: base } : target;
    const fields = payloadOf(editing, values);
    const name = String(values.name ?? values.text ?? '').trim();
    if (target.mode === 'edit' && Object.keys(fields).length === 0) return onClose();
    setIsBusy(true);
    setError(null);
    try {
      if (target.mode === 'add') {
        await api.post(processApi.items(cycleId, kind), { ...fields, ...(phase ? { phaseId: phase.id } : {}) });
      } else {
        await api.patch(processApi.item(cycleId, kind, target.item.id), { version: (base ?? target.item).version, changes: fields, ...(kind === 'phase' && values.shiftFollowing ? { shiftFollowing: true } : {}) });
      }
      await onSaved();
      say(t(target.mode === 'add' ? 'cycleEdit.added' : 'cycleEdit.saved', { name }));
      onClose();
    } catch (cause) {
      const apiError = ApiError.from(cause);
      setError(apiError);
      // Field problems come back as /name or /changes/name; shown next to their field.
      const fieldErrors: Record<string, string> = {};
      for (const detail of apiError.details) {
        const field = detail.path.replace(/^\/changes/, '').split('/')[1];
        if (field && fieldsOf[kind].includes(field) && !fieldErrors[field]) fieldErrors[field] = fieldIssueMessage(detail);
      }
      setErrors(fieldErrors);
      if (isConflict(apiError)) {
        // Show what the other person saved, ready to change again on top of it.
        const current = apiError.body.current as CycleItem | undefined;
        if (target.mode === 'edit' && current) {
          setBase(current);
          setValues({ ...initialValues({ ...target, item: current }, cycle), shiftFollowing: values.shiftFollowing === true });
        }
        await onSaved();
      }
    } finally {
      setIsBusy(false);
    }
  };

  const label = (field: string) => t(`cycleEdit.field.${field}` as MessageKey);
  const control = (field: string) => {
    const common = { name: field, label: label(field), error: errors[field], isOptional: optionalFields.has(field) };
    const id = `${ids}-${field}`;
    if (field === 'format') {
      return <SelectField key={field} {...common} value={String(values.format ?? '')} onChange={(e) => set('format', e.target.value)} options={sessionFormats.map((value) => ({ value, label: t(formatLabel(value)) }))} />;
    }
    if (field === 'description' || field === 'text' || field === 'guidingQuestion') {
      return (
        <div className="field" key={field}>
          <label className="field-label" htmlFor={id}>
            {common.label}
            {common.isOptional && <span className="field-optional"> ({t('form.optional')})</span>}
          </label>
          <textarea id={id} name={field} className="textarea" rows={field === 'text' ? 2 : 3} maxLength={2000} value={String(values[field] ?? '')} onChange={(e) => set(field, e.target.value)} aria-invalid={errors[field] ? true : undefined} aria-describedby={errors[field] ? `${id}-error` : undefined} />
          {errors[field] && <span className="field-error" id={`${id}-error`}>{errors[field]}</span>}
        </div>
      );
    }
    return (
      <TextField
        key={field}
        {...common}
        type={dateFields.has(field) ? 'date' : field === 'lengthMinutes' ? 'number' : 'text'}
        min={field === 'lengthMinutes' ? 1 : undefined}
        maxLength={dateFields.has(field) || field === 'lengthMinutes' ? undefined : 200}
        value={String(values[field] ?? '')}
        onChange={(e) => set(field, e.target.value)}
        required={!optionalFields.has(field)}
      />
    );
  };

  return (
    <Dialog isOpen title={title} onClose={onClose}>
      <form ref={formRef} className="form" noValidate onSubmit={(event) => void submit(event)}>
        {error && (isConflict(error) ? <Alert tone="warning" title={t('cycle.conflict')} announce="alert" onDismiss={() => setError(null)} /> : <ErrorAlert error={error} title={t('cycleEdit.saveFailed')} onDismiss={() => setError(null)} />)}
        {fieldsOf[kind].map(control)}
        {kind === 'phase' && target.mode === 'edit' && (
          <label className="checkbox">
            <input type="checkbox" name="shiftFollowing" checked={values.shiftFollowing === true} onChange={(e) => set('shiftFollowing', e.target.checked)} aria-describedby={`${ids}-shift-hint`} />
            <span>
              <span className="choice-title">{t('cycleEdit.field.shiftFollowing')}</span>
              <span className="choice-text" id={`${ids}-shift-hint`}>{t('cycleEdit.field.shiftFollowingHint')}</span>
            </span>
          </label>
        )}
        <div className="form-actions">
          <Button type="submit" variant="primary" isBusy={isBusy}>
            {t(target.mode === 'add' ? 'cycleEdit.add' : 'cycleEdit.save')}
          </Button>
          <Button onClick={onClose}>{t('cycleEdit.cancel')}</Button>
        </div>
      </form>
    </Dialog>
  );
}
