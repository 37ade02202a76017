import { useId, useRef, useState } from 'react';
import { api, ApiError } from '../../app/api';
import { checkRequired } from '../../app/form-checks';
import { useT } from '../../app/i18n/i18n-provider';
import { useSignedIn } from '../../app/session';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { FieldFrame, SelectField, TextAreaField, TextField } from '../../app/ui/field';
import { textOf, useFormSubmit } from '../../app/use-form-submit';
import { sendFile } from '../../plan/plans/plan-api';
import { learningApi, maxResourceFileBytes, type NetworkResource, type TemplatePhases } from './learning-api';

/** Where the new resource goes: a session (its material) or the library, with the phase chosen first. */
export type ResourcePlace = { session: { id: string; title: string } } | { phaseKey: string | null };

interface AddResourceDialogProps {
  cohortId: string;
  place: ResourcePlace | null;
  phases: TemplatePhases['phases'];
  onClose: () => void;
  onAdded: (resource: NetworkResource) => void;
}

/** Adds a link (JSON) or a file (the raw body, its name and place in the query), as the API takes them. */
export function AddResourceDialog({ cohortId, place, phases, onClose, onAdded }: AddResourceDialogProps) {
  const t = useT();
  const formId = useId();
  const { csrfToken } = useSignedIn();
  const fileRef = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<'link' | 'file'>('link');
  const session = place && 'session' in place ? place.session : null;
  const form = useFormSubmit({
    validate: (data) => {
      const errors = checkRequired(t, data, kind === 'link' ? ['title', 'url'] : ['title']);
      const file = fileRef.current?.files?.[0];
      if (kind === 'file') {
        if (!file) errors.file = t('learning.dialog.chooseFile');
        else if (file.size === 0) errors.file = t('learning.dialog.emptyFile', { name: file.name });
        else if (file.size > maxResourceFileBytes) errors.file = t('learning.dialog.fileTooLarge', { name: file.name });
      }
      return errors;
    },
    submit: async (data) => {
      const where: Record<string, string> = session ? { eventId: session.id } : textOf(data, 'phaseKey') ? { phaseKey: textOf(data, 'phaseKey') } : {};
      const title = textOf(data, 'title');
      const description = textOf(data, 'description');
      let added: NetworkResource;
      if (kind === 'link') {
        added = await api.post<NetworkResource>(learningApi.resources(learningApi.networkBase(cohortId)), { title, description, url: textOf(data, 'url'), ...where });
      } else {
        const file = fileRef.current!.files![0]!;
        try {
          added = await sendFile<NetworkResource>('POST', learningApi.upload(cohortId, { title, fileName: file.name, ...(description ? { description } : {}), ...where }), file, file.type || 'application/octet-stream', csrfToken);
        } catch (cause) {
          // The upload's fields are named in the query (query/title): show them at the form's own fields.
          const error = ApiError.from(cause);
          throw new ApiError(error.status, error.code, error.message, error.details.map((detail) => ({ ...detail, path: detail.path.replace(/^query\//, '/') })), error.body);
        }
      }
      setKind('link');
      onAdded(added);
    },
  });
  const close = () => {
    form.reset();
    setKind('link');
    onClose();
  };
  const phaseKey = place && 'phaseKey' in place ? place.phaseKey : null;

  return (
    <Dialog
      isOpen={place !== null}
      title={session ? t('learning.dialog.titleMaterial', { session: session.title }) : t('learning.dialog.title')}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>{t('action.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" isBusy={form.isSubmitting}>
            {t('learning.dialog.add')}
          </Button>
        </>
      }
    >
      <form id={formId} ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit}>
        {form.error && <ErrorAlert error={form.error} title={t('learning.dialog.failed')} />}
        <SelectField
          name="kind"
          label={t('learning.dialog.kind')}
          value={kind}
          onChange={(change) => setKind(change.target.value as 'link' | 'file')}
          options={[
            { value: 'link', label: t('learning.dialog.kindLink') },
            { value: 'file', label: t('learning.dialog.kindFile') },
          ]}
        />
        <TextField name="title" label={t('learning.dialog.name')} error={form.fieldErrors.title} required maxLength={200} />
        {kind === 'link' ? (
          <TextField name="url" type="url" label={t('learning.dialog.url')} hint={t('learning.dialog.urlHint')} error={form.fieldErrors.url} required maxLength={2000} />
        ) : (
          <FieldFrame label={t('learning.dialog.file')} hint={t('learning.dialog.fileHint')} error={form.fieldErrors.file ?? form.fieldErrors.fileName}>
            {({ id, describedBy, isInvalid }) => <input ref={fileRef} id={id} type="file" name="file" className="input" aria-describedby={describedBy} aria-invalid={isInvalid || undefined} />}
          </FieldFrame>
        )}
        {!session && (
          <SelectField
            name="phaseKey"
            label={t('learning.dialog.phase')}
            defaultValue={phaseKey ?? ''}
            error={form.fieldErrors.phaseKey}
            options={[{ value: '', label: t('learning.everyPhase') }, ...phases.map((phase) => ({ value: phase.id, label: phase.name }))]}
          />
        )}
        <TextAreaField name="description" label={t('learning.dialog.description')} error={form.fieldErrors.description} isOptional rows={2} maxLength={2000} />
      </form>
    </Dialog>
  );
}
