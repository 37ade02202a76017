import { useEffect, useMemo, useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextField } from '../../app/ui/field';
import { useResource } from '../../app/use-resource';
import type { CycleDetail, CycleSummary } from '../../process/api-types';
import { processApi } from '../../process/cycles/process-api';
import { retreatApi } from './retreat-api';
import type { Retreat, RetreatFrame } from './retreat-types';

interface NewRetreatDialogProps {
  isOpen: boolean;
  cycles: CycleSummary[];
  initialCycleId: string | null;
  /** Sessions that hold a retreat already, by cycle: one retreat per session. */
  takenSessionIds: ReadonlySet<string>;
  onClose: () => void;
  onCreated: (retreat: Retreat) => void;
}

/**
 * A new data retreat: which cycle and which of its sessions it is (a session held as a retreat is
 * offered first), its title, the dots each person may spend on the SWOT board, and whether it sorts
 * its work into Performance Fact's five areas.
 */
export function NewRetreatDialog({ isOpen, cycles, initialCycleId, takenSessionIds, onClose, onCreated }: NewRetreatDialogProps) {
  const { t, locale } = useI18n();
  const [cycleId, setCycleId] = useState(initialCycleId ?? cycles[0]?.id ?? '');
  const [sessionId, setSessionId] = useState('');
  const [title, setTitle] = useState('');
  const [dots, setDots] = useState('5');
  const [frame, setFrame] = useState<RetreatFrame>('none');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const cycle = useResource<CycleDetail>(isOpen && cycleId ? processApi.cycle(cycleId) : null);
  const sessions = useMemo(
    () => [...(cycle.data?.sessions ?? [])].filter((session) => !takenSessionIds.has(session.id)).sort((a, b) => Number(b.format === 'retreat') - Number(a.format === 'retreat') || a.date.localeCompare(b.date)),
    [cycle.data, takenSessionIds],
  );

  useEffect(() => {
    if (isOpen) setCycleId((current) => current || initialCycleId || cycles[0]?.id || '');
  }, [isOpen, initialCycleId, cycles]);
  // A session of another cycle cannot be chosen: the first one of this cycle is offered instead.
  const firstSession = sessions[0];
  useEffect(() => {
    if (!sessions.some((session) => session.id === sessionId)) {
      setSessionId(firstSession?.id ?? '');
      if (firstSession && !title) setTitle(firstSession.name);
    }
  }, [sessions, sessionId, firstSession, title]);

  const fieldError = (field: string) => failure?.fieldErrors[field];
  const create = async () => {
    setIsSaving(true);
    setFailure(null);
    try {
      const created = await api.post<Retreat>(retreatApi.ofCycle(cycleId), { session_id: sessionId, title, dots_per_person: Number(dots), frame });
      setTitle('');
      onCreated(created);
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setIsSaving(false);
    }
  };
  const day = (date: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date.slice(0, 10)}T00:00:00Z`));

  return (
    <Dialog
      isOpen={isOpen}
      title={t('retreats.new.title')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button variant="primary" isBusy={isSaving} disabled={!sessionId} onClick={() => void create()}>
            {t('retreats.new.create')}
          </Button>
        </>
      }
    >
      <form
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        {failure && !Object.keys(failure.fieldErrors).some((field) => ['session_id', 'title', 'dots_per_person', 'frame'].includes(field)) && <ErrorAlert error={failure} title={t('retreats.new.failed')} />}
        <SelectField name="cycle" label={t('retreats.new.cycle')} value={cycleId} options={cycles.map((entry) => ({ value: entry.id, label: entry.name }))} onChange={(event) => setCycleId(event.target.value)} />
        {cycle.data && sessions.length === 0 ? (
          <p className="muted">{t('retreats.new.noSession')}</p>
        ) : (
          <SelectField
            name="session_id"
            label={t('retreats.new.session')}
            hint={t('retreats.new.sessionHint')}
            value={sessionId}
            error={fieldError('session_id')}
            options={sessions.map((session) => ({ value: session.id, label: `${session.name} · ${day(session.date)}` }))}
            onChange={(event) => {
              setSessionId(event.target.value);
              const chosen = sessions.find((session) => session.id === event.target.value);
              if (chosen && (!title || sessions.some((session) => session.name === title))) setTitle(chosen.name);
            }}
          />
        )}
        <TextField name="title" label={t('retreats.new.name')} value={title} maxLength={200} error={fieldError('title')} onChange={(event) => setTitle(event.target.value)} />
        <TextField name="dots_per_person" type="number" inputMode="numeric" min={1} max={20} label={t('retreats.new.dots')} hint={t('retreats.new.dotsHint')} value={dots} error={fieldError('dots_per_person')} onChange={(event) => setDots(event.target.value)} />
        <SelectField
          name="frame"
          label={t('retreats.new.frame')}
          hint={t('retreats.new.frameHint')}
          value={frame}
          error={fieldError('frame')}
          options={[
            { value: 'none', label: t('retreats.frame.none') },
            { value: 'performance_fact', label: t('retreats.frame.performance_fact') },
          ]}
          onChange={(event) => setFrame(event.target.value as RetreatFrame)}
        />
      </form>
    </Dialog>
  );
}
