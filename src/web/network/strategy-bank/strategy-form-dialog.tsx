import { useEffect, useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextAreaField, TextField } from '../../app/ui/field';
import { strategyBankApi, type BankStrategy } from './strategy-bank-api';

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);
const FIELDS = ['title', 'summary', 'essaTier', 'studyCitation', 'studyUrl', 'problems', 'cost', 'measures', 'actions'];

/** Adds a strategy to the network's bank, or edits one: its evidence first, then what it addresses, costs and brings. */
export function StrategyFormDialog({ networkId, strategy, isOpen, onClose, onSaved }: { networkId: string; strategy: BankStrategy | null; isOpen: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState(() => initialValues(strategy));
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  useEffect(() => {
    if (isOpen) {
      setValues(initialValues(strategy));
      setFailure(null);
    }
  }, [isOpen, strategy]);
  const set = (field: keyof ReturnType<typeof initialValues>) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));
  const error = (field: string) => failure?.fieldErrors[field];

  const save = async () => {
    setIsSaving(true);
    setFailure(null);
    const body = {
      title: values.title,
      summary: values.summary,
      essaTier: Number(values.essaTier),
      studyCitation: values.studyCitation,
      studyUrl: values.studyUrl.trim() || null,
      problems: lines(values.problems),
      cost: values.cost,
      // A measure kept by name keeps the unit it had (the form edits names only).
      measures: lines(values.measures).map((name) => {
        const unit = strategy?.measures.find((measure) => measure.name === name)?.unit;
        return unit ? { name, unit } : { name };
      }),
      actions: lines(values.actions),
    };
    try {
      if (strategy) await api.put(strategyBankApi.strategy(networkId, strategy.id), { ...body, version: strategy.version });
      else await api.post(strategyBankApi.ofNetwork(networkId), body);
      onSaved();
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <Dialog
      isOpen={isOpen}
      isWide
      title={strategy ? strategy.title : t('bank.add')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button variant="primary" isBusy={isSaving} onClick={() => void save()}>
            {t('bank.form.save')}
          </Button>
        </>
      }
    >
      <form
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {failure && !Object.keys(failure.fieldErrors).some((field) => FIELDS.includes(field)) && <ErrorAlert error={failure} title={t('bank.form.failed')} />}
        <TextField name="title" label={t('bank.form.title')} value={values.title} maxLength={300} error={error('title')} onChange={set('title')} />
        <TextAreaField name="summary" label={t('bank.form.summary')} isOptional value={values.summary} rows={3} error={error('summary')} onChange={set('summary')} />
        <SelectField name="essaTier" label={t('bank.form.tier')} value={values.essaTier} error={error('essaTier')} options={[1, 2, 3, 4].map((tier) => ({ value: String(tier), label: t(`bank.tier.${tier}` as 'bank.tier.1') }))} onChange={set('essaTier')} />
        <TextAreaField name="studyCitation" label={t('bank.form.study')} hint={t('bank.form.studyHint')} value={values.studyCitation} rows={2} error={error('studyCitation')} onChange={set('studyCitation')} />
        <TextField name="studyUrl" type="url" label={t('bank.form.studyUrl')} isOptional value={values.studyUrl} error={error('studyUrl')} onChange={set('studyUrl')} />
        <TextAreaField name="problems" label={t('bank.form.problems')} hint={t('bank.form.linesHint')} isOptional value={values.problems} rows={3} error={error('problems')} onChange={set('problems')} />
        <TextField name="cost" label={t('bank.form.cost')} isOptional value={values.cost} error={error('cost')} onChange={set('cost')} />
        <TextAreaField name="measures" label={t('bank.form.measures')} hint={t('bank.form.linesHint')} isOptional value={values.measures} rows={3} error={error('measures')} onChange={set('measures')} />
        <TextAreaField name="actions" label={t('bank.form.actions')} hint={t('bank.form.linesHint')} isOptional value={values.actions} rows={4} error={error('actions')} onChange={set('actions')} />
      </form>
    </Dialog>
  );
}

function initialValues(strategy: BankStrategy | null) {
  return {
    title: strategy?.title ?? '',
    summary: strategy?.summary ?? '',
    essaTier: String(strategy?.essaTier ?? 2),
    studyCitation: strategy?.studyCitation ?? '',
    studyUrl: strategy?.studyUrl ?? '',
    problems: (strategy?.problems ?? []).join('\n'),
    cost: strategy?.cost ?? '',
    measures: (strategy?.measures ?? []).map((measure) => measure.name).join('\n'),
    actions: (strategy?.actions ?? []).join('\n'),
  };
}
