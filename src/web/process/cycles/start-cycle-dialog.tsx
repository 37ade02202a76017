import { useId, useState } from 'react';
import { api } from '../../app/api';
import type { CycleDetail, ProcessTemplateSummary } from '../api-types';
import { checkRequired } from '../../app/form-checks';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { TextField } from '../../app/ui/field';
import { Loading } from '../../app/ui/loading';
import { textOf, useFormSubmit } from '../../app/use-form-submit';
import { useResource } from '../../app/use-resource';
import { choicesOf, TemplateChoiceFields, type TemplateWithChoices } from './framework-options';
import { processApi, todayDate } from './process-api';
import './process.css';

interface StartCycleDialogProps {
  isOpen: boolean;
  districtId: string;
  onClose: () => void;
  onStarted: (cycleId: string) => void;
}

/**
 * Choose a template, name the cycle and give its start date; the server lays out every date.
 * A framework with choices (a retreat instead of meetings, optional paths) offers them below.
 */
export function StartCycleDialog({ isOpen, districtId, onClose, onStarted }: StartCycleDialogProps) {
  const t = useT();
  const formId = useId();
  const templates = useResource<{ templates: Array<ProcessTemplateSummary & TemplateWithChoices> }>(isOpen ? processApi.templates() : null);
  const list = templates.data?.templates ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const templateId = chosen ?? list[0]?.id ?? '';
  const form = useFormSubmit({
    validate: (data) => checkRequired(t, data, ['templateId', 'name', 'startDate']),
    submit: async (data) => {
      const created = await api.post<CycleDetail>(processApi.cycles(districtId), {
        templateId: textOf(data, 'templateId'),
        name: textOf(data, 'name'),
        startDate: textOf(data, 'startDate'),
        ...choicesOf(data),
      });
      onStarted(created.id);
    },
  });
  const close = () => {
    form.reset();
    setChosen(null);
    onClose();
  };
  return (
    <Dialog
      isOpen={isOpen}
      isWide
      title={t('process.start')}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>{t('action.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" isBusy={form.isSubmitting}>
            {t('process.startCreate')}
          </Button>
        </>
      }
    >
      <form id={formId} ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit}>
        {form.error && <ErrorAlert error={form.error} title={t('process.startFailed')} />}
        {templates.error && <ErrorAlert error={templates.error} title={t('process.templatesFailed')} />}
        {templates.isLoading && !templates.data && <Loading />}
        {list.length > 0 && (
          <fieldset className="fieldset">
            <legend>{t('process.field.template')}</legend>
            <div className="choice-list template-choices">
              {list.map((template) => (
                <label key={template.id} className="choice">
                  <input type="radio" name="templateId" value={template.id} checked={templateId === template.id} onChange={() => setChosen(template.id)} />
                  <span>
                    <span className="choice-title">{template.name}</span>
                    <span className="choice-text">
                      {t('process.template.publisher', { publisher: template.publisher })}
                      {template.phases.length > 0 && ` · ${t('process.template.weeks', { count: Math.ceil(template.totalDays / 7) })} · ${t('process.template.phases', { count: template.phases.length })}`}
                    </span>
                    <span className="choice-text">{template.summary}</span>
                  </span>
                </label>
              ))}
            </div>
            {form.fieldErrors.templateId && <p className="field-error">{form.fieldErrors.templateId}</p>}
          </fieldset>
        )}
        <TextField name="name" label={t('process.field.name')} hint={t('process.field.nameHint')} error={form.fieldErrors.name} required maxLength={200} />
        <TextField name="startDate" type="date" label={t('process.field.startDate')} hint={t('process.field.startDateHint')} error={form.fieldErrors.startDate} defaultValue={todayDate()} required />
        {/* Keyed by template so switching templates starts its choices afresh. */}
        <TemplateChoiceFields key={templateId} template={list.find((template) => template.id === templateId)} />
      </form>
    </Dialog>
  );
}
