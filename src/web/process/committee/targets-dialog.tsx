import { useEffect, useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useT } from '../../app/i18n/i18n-provider';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { TextField } from '../../app/ui/field';
import { committeeApi, constituencies, constituencyLabel, type Constituency, type Representation } from './committee-api';

/** The district's own minimum per group, beside what the framework requires. */
export function TargetsDialog({ cycleId, isOpen, representation, onClose, onSaved }: { cycleId: string; isOpen: boolean; representation: Representation; onClose: () => void; onSaved: () => Promise<void> }) {
  const t = useT();
  const say = useAnnounce();
  const [minimums, setMinimums] = useState<Partial<Record<Constituency, string>>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  useEffect(() => {
    if (!isOpen) return;
    setMinimums(Object.fromEntries(representation.targets.map((target) => [target.constituency, String(target.minimum)])));
    setError(null);
  }, [isOpen, representation.targets]);

  const save = async () => {
    const targets = constituencies
      .map((constituency) => ({ constituency, minimum: Math.max(0, Math.min(100, Math.trunc(Number(minimums[constituency] || 0)))) }))
      .filter((target) => target.minimum > 0);
    setIsBusy(true);
    setError(null);
    try {
      await api.put(committeeApi.targets(cycleId), { targets });
      say(t('representation.targetsSaved'));
      await onSaved();
      onClose();
    } catch (cause) {
      setError(ApiError.from(cause));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <Dialog
      isOpen={isOpen}
      title={t('representation.targetsTitle')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button variant="primary" type="submit" form="targets-form" isBusy={isBusy}>{t('representation.targetsSave')}</Button>
        </>
      }
    >
      <form id="targets-form" className="form" noValidate onSubmit={(event) => { event.preventDefault(); void save(); }}>
        <p>{t('representation.targetsIntro')}</p>
        {error && <ErrorAlert error={error} title={t('representation.targetsFailed')} />}
        <div className="targets-grid">
          {constituencies.map((constituency) => (
            <TextField
              key={constituency}
              name={constituency}
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              label={t(constituencyLabel(constituency))}
              aria-label={t('representation.targetField', { group: t(constituencyLabel(constituency)) })}
              value={minimums[constituency] ?? '0'}
              onChange={(event) => setMinimums((current) => ({ ...current, [constituency]: event.target.value }))}
            />
          ))}
        </div>
      </form>
    </Dialog>
  );
}
