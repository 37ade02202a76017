import { useEffect, useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextField } from '../../app/ui/field';
import { useResource } from '../../app/use-resource';
import { clientsApi, type ClientEngagement } from './clients-api';

type ScopeLine = { month: string; services: string; outcomes: string };
const FIELDS = ['districtId', 'title', 'startsOn', 'endsOn', 'hoursPurchased', 'scope'];

/** A new client engagement: which district, the dates, the hours bought and the scope of work month by month. */
export function NewClientDialog({ networkId, isOpen, onClose, onCreated }: { networkId: string; isOpen: boolean; onClose: () => void; onCreated: (engagement: ClientEngagement) => void }) {
  const { t } = useI18n();
  const districts = useResource<{ districts: Array<{ id: string; name: string }> }>(isOpen ? `/api/organizations/${networkId}/districts` : null);
  const [districtId, setDistrictId] = useState('');
  const [title, setTitle] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [hoursPurchased, setHoursPurchased] = useState('');
  const [scope, setScope] = useState<ScopeLine[]>([{ month: '', services: '', outcomes: '' }]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const options = districts.data?.districts ?? [];
  useEffect(() => {
    if (!options.some((district) => district.id === districtId)) setDistrictId(options[0]?.id ?? '');
  }, [options, districtId]);

  const setLine = (index: number, change: Partial<ScopeLine>) => setScope((lines) => lines.map((line, i) => (i === index ? { ...line, ...change } : line)));
  const lineError = (index: number) => failure?.details.find((detail) => detail.path.startsWith(`/scope/${index}/`));
  const save = async () => {
    setIsSaving(true);
    setFailure(null);
    try {
      const lines = scope.filter((line) => line.month || line.services || line.outcomes);
      onCreated(await api.post<ClientEngagement>(clientsApi.ofNetwork(networkId), { districtId, title, startsOn, endsOn, hoursPurchased: Number(hoursPurchased), scope: lines }));
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
      title={t('clients.add')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button variant="primary" isBusy={isSaving} disabled={!districtId} onClick={() => void save()}>
            {t('clients.form.save')}
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
        {failure && !Object.keys(failure.fieldErrors).some((field) => FIELDS.includes(field)) && <ErrorAlert error={failure} title={t('clients.form.failed')} />}
        {districts.data && options.length === 0 ? (
          <p className="muted">{t('clients.form.noDistricts')}</p>
        ) : (
          <SelectField name="districtId" label={t('clients.form.district')} value={districtId} error={failure?.fieldErrors.districtId} options={options.map((district) => ({ value: district.id, label: district.name }))} onChange={(event) => setDistrictId(event.target.value)} />
        )}
        <TextField name="title" label={t('clients.form.title')} value={title} maxLength={200} error={failure?.fieldErrors.title} onChange={(event) => setTitle(event.target.value)} />
        <div className="hours-form">
          <TextField name="startsOn" type="date" label={t('clients.form.startsOn')} value={startsOn} error={failure?.fieldErrors.startsOn} onChange={(event) => setStartsOn(event.target.value)} />
          <TextField name="endsOn" type="date" label={t('clients.form.endsOn')} value={endsOn} error={failure?.fieldErrors.endsOn} onChange={(event) => setEndsOn(event.target.value)} />
          <TextField name="hoursPurchased" type="number" inputMode="decimal" min="0" step="0.5" label={t('clients.form.hoursPurchased')} value={hoursPurchased} error={failure?.fieldErrors.hoursPurchased} onChange={(event) => setHoursPurchased(event.target.value)} />
        </div>
        <fieldset className="fieldset stack">
          <legend>{t('clients.scope')}</legend>
          <p className="field-hint">{t('clients.form.scopeHint')}</p>
          {scope.map((line, index) => (
            <div className="scope-line" key={index}>
              <TextField name={`scope-${index}-month`} type="month" label={t('clients.month')} value={line.month} error={lineError(index)?.path.endsWith('/month') ? failure?.fieldErrors.scope : undefined} onChange={(event) => setLine(index, { month: event.target.value })} />
              <TextField name={`scope-${index}-services`} label={t('clients.services')} value={line.services} error={lineError(index)?.path.endsWith('/services') ? failure?.fieldErrors.scope : undefined} onChange={(event) => setLine(index, { services: event.target.value })} />
              <TextField name={`scope-${index}-outcomes`} label={t('clients.outcomes')} value={line.outcomes} onChange={(event) => setLine(index, { outcomes: event.target.value })} />
              <Button size="small" variant="quiet" aria-label={t('clients.form.removeMonth', { month: line.month || String(index + 1) })} onClick={() => setScope((lines) => lines.filter((_, i) => i !== index))}>
                ×
              </Button>
            </div>
          ))}
          <div>
            <Button size="small" onClick={() => setScope((lines) => [...lines, { month: '', services: '', outcomes: '' }])}>
              {t('clients.form.addMonth')}
            </Button>
          </div>
        </fieldset>
      </form>
    </Dialog>
  );
}
