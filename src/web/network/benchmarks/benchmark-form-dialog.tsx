import { useEffect, useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextAreaField, TextField } from '../../app/ui/field';
import { benchmarksApi, type Benchmark } from './benchmarks-api';

const FIELDS = ['name', 'description', 'unit', 'direction'];

/** Defines a benchmark, or changes one: what districts compare, in which unit, and which way is better. */
export function BenchmarkFormDialog({ networkId, benchmark, isOpen, onClose, onSaved }: { networkId: string; benchmark: Benchmark | null; isOpen: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState(() => initialValues(benchmark));
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  useEffect(() => {
    if (isOpen) {
      setValues(initialValues(benchmark));
      setFailure(null);
    }
  }, [isOpen, benchmark]);
  const set = (field: keyof ReturnType<typeof initialValues>) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));

  const save = async () => {
    setIsSaving(true);
    setFailure(null);
    try {
      if (benchmark) await api.put(benchmarksApi.benchmark(networkId, benchmark.id), { ...values, version: benchmark.version });
      else await api.post(benchmarksApi.ofNetwork(networkId), values);
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
      title={benchmark ? benchmark.name : t('benchmarks.add')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button variant="primary" isBusy={isSaving} onClick={() => void save()}>
            {t('benchmarks.form.save')}
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
        {failure && !Object.keys(failure.fieldErrors).some((field) => FIELDS.includes(field)) && <ErrorAlert error={failure} title={t('benchmarks.form.failed')} />}
        <TextField name="name" label={t('benchmarks.form.title')} value={values.name} maxLength={200} error={failure?.fieldErrors.name} onChange={set('name')} />
        <TextField name="unit" label={t('benchmarks.form.unit')} hint={t('benchmarks.form.unitHint')} value={values.unit} maxLength={60} error={failure?.fieldErrors.unit} onChange={set('unit')} />
        <SelectField
          name="direction"
          label={t('benchmarks.form.direction')}
          value={values.direction}
          error={failure?.fieldErrors.direction}
          options={[
            { value: 'increase', label: t('benchmarks.form.increase') },
            { value: 'decrease', label: t('benchmarks.form.decrease') },
          ]}
          onChange={set('direction')}
        />
        <TextAreaField name="description" label={t('benchmarks.form.description')} hint={t('benchmarks.form.descriptionHint')} isOptional rows={3} value={values.description} error={failure?.fieldErrors.description} onChange={set('description')} />
      </form>
    </Dialog>
  );
}

function initialValues(benchmark: Benchmark | null) {
  return { name: benchmark?.name ?? '', unit: benchmark?.unit ?? '', direction: benchmark?.direction ?? 'increase', description: benchmark?.description ?? '' };
}
