import { useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { FieldFrame, SelectField, TextField } from '../../app/ui/field';
import { useFormSubmit, type FieldErrors } from '../../app/use-form-submit';
import { categoriesOf, categoryLabel } from './student-group-picker';
import { studentGroupsApi, type StudentGroup } from './student-groups-api';

const OTHER = '__other';

interface StudentGroupFormProps {
  districtId: string;
  groups: readonly StudentGroup[];
  /** The group being edited; a new one when absent. */
  group?: StudentGroup;
  onSaved: (group: StudentGroup, isNew: boolean) => void;
  /** 409: someone saved first; their version replaces ours on screen. */
  onConflict: (current: StudentGroup) => void;
  onCancel?: () => void;
}

/**
 * Adds or edits one group: its name, its reporting category (a known one or the district's own),
 * its other names one per line, and whether it is retired. The server's 400 names the field
 * (/name, /aliases/2), shown under it.
 */
export function StudentGroupForm({ districtId, groups, group, onSaved, onConflict, onCancel }: StudentGroupFormProps) {
  const t = useT();
  const categories = categoriesOf(groups);
  const [category, setCategory] = useState(group?.category ?? categories[0] ?? OTHER);

  const read = (data: FormData) => {
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const chosen = category === OTHER ? text('newCategory') : category;
    const aliases = text('aliases').split('\n').map((line) => line.trim()).filter(Boolean);
    return { name: text('name'), category: chosen, aliases, isRetired: data.get('isRetired') === 'on' };
  };

  const form = useFormSubmit({
    validate: (data) => {
      const values = read(data);
      const errors: FieldErrors = {};
      if (!values.name) errors.name = t('groups.check.name');
      if (!values.category) errors[category === OTHER ? 'newCategory' : 'category'] = t('groups.check.category');
      return errors;
    },
    submit: async (data) => {
      const { isRetired, ...values } = read(data);
      try {
        const saved = group
          ? await api.put<StudentGroup>(studentGroupsApi.group(districtId, group.key), { ...values, isRetired, version: group.version })
          : await api.post<StudentGroup>(studentGroupsApi.list(districtId), values);
        onSaved(saved, !group);
      } catch (error) {
        // A 400 on "/aliases/2" lands under the other-names box: the form places details by their first segment.
        if (error instanceof ApiError && error.code === 'conflict' && error.body.current) return onConflict(error.body.current as StudentGroup);
        throw error;
      }
    },
  });

  return (
    <form ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit}>
      {form.error && <ErrorAlert error={form.error} title={t('groups.failed')} />}
      <div className="form-grid">
        <TextField name="name" label={t('groups.field.name')} hint={t('groups.field.nameHint')} defaultValue={group?.name} autoComplete="off" error={form.fieldErrors.name} />
        <SelectField
         
          name="category"
          label={t('groups.field.category')}
          hint={t('groups.field.categoryHint')}
          value={category}
          onChange={(event) => setCategory(event.target.value)}
          options={[...categories.map((c) => ({ value: c, label: categoryLabel(t, c) })), { value: OTHER, label: t('groups.category.other') }]}
          error={form.fieldErrors.category}
        />
        {category === OTHER && (
          <TextField name="newCategory" label={t('groups.field.newCategory')} hint={t('groups.field.newCategoryHint')} autoComplete="off" error={form.fieldErrors.newCategory} />
        )}
      </div>
      <FieldFrame label={t('groups.field.aliases')} hint={t('groups.field.aliasesHint')} error={form.fieldErrors.aliases} isOptional>
        {({ id, describedBy, isInvalid }) => (
          <textarea id={id} name="aliases" rows={3} className="textarea" defaultValue={group?.aliases.join('\n')} aria-describedby={describedBy} aria-invalid={isInvalid || undefined} />
        )}
      </FieldFrame>
      {group && (
        <label className="checkbox">
          <input type="checkbox" name="isRetired" defaultChecked={group.isRetired} />
          <span>{t('groups.field.isRetired')}</span>
        </label>
      )}
      <div className="form-actions">
        <Button type="submit" variant="primary" isBusy={form.isSubmitting}>
          {group ? t('groups.save') : t('groups.add')}
        </Button>
        {onCancel && (
          <Button variant="quiet" onClick={onCancel}>
            {t('groups.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
