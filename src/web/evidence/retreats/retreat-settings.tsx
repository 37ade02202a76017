import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextField } from '../../app/ui/field';
import type { BoardWorkspace } from './board-workspace';
import { retreatApi } from './retreat-api';
import type { Retreat, RetreatFrame } from './retreat-types';

/** The retreat's name, dots per person and frame, saved with its version; and the way to delete it. */
export function RetreatSettings({ workspace, onDelete }: { workspace: BoardWorkspace; onDelete: () => void }) {
  const { t } = useI18n();
  const say = useAnnounce();
  const { retreat } = workspace.board;
  const saved = { title: retreat.title, dots: String(retreat.dots_per_person), frame: retreat.frame };
  const [base, setBase] = useState({ ...saved, version: retreat.version });
  const [draft, setDraft] = useState(saved);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const isEdited = draft.title !== base.title || draft.dots !== base.dots || draft.frame !== base.frame;
  // What another facilitator saved shows here, unless this form holds changes of its own (those meet a 409 on save).
  useEffect(() => {
    if (retreat.version <= base.version || isEdited) return;
    setBase({ title: retreat.title, dots: String(retreat.dots_per_person), frame: retreat.frame, version: retreat.version });
    setDraft({ title: retreat.title, dots: String(retreat.dots_per_person), frame: retreat.frame });
  }, [retreat, base.version, isEdited]);
  const { title, dots, frame } = draft;
  const setTitle = (value: string) => setDraft((current) => ({ ...current, title: value }));
  const setDots = (value: string) => setDraft((current) => ({ ...current, dots: value }));
  const setFrame = (value: RetreatFrame) => setDraft((current) => ({ ...current, frame: value }));

  /** After a 409: the version saved meanwhile replaces this form's, which the facilitator then edits again. */
  const takeTheirs = (current: Retreat | undefined) => {
    const latest = current ?? retreat;
    setBase({ title: latest.title, dots: String(latest.dots_per_person), frame: latest.frame, version: latest.version });
    setDraft({ title: latest.title, dots: String(latest.dots_per_person), frame: latest.frame });
    setFailure(null);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setIsSaving(true);
    setFailure(null);
    try {
      const updated = await api.put<Retreat>(retreatApi.retreat(retreat.id), { title, dots_per_person: Number(dots), frame, version: base.version });
      setBase({ title: updated.title, dots: String(updated.dots_per_person), frame: updated.frame, version: updated.version });
      setDraft({ title: updated.title, dots: String(updated.dots_per_person), frame: updated.frame });
      await workspace.reload();
      say(t('retreat.settings.saved'));
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <section className="card" aria-labelledby="retreat-settings-heading">
      <div className="card-header">
        <h2 id="retreat-settings-heading">{t('retreat.settings.title')}</h2>
      </div>
      <form className="card-body stack" onSubmit={(event) => void save(event)} noValidate>
        {failure &&
          (failure.status === 409 ? (
            <Alert tone="warning" title={t('retreat.conflict')}>
              <p>{t('retreat.conflictText')}</p>
              <Button size="small" onClick={() => takeTheirs(failure.body.current as Retreat | undefined)}>
                {t('retreat.conflictLoad')}
              </Button>
            </Alert>
          ) : (
            <ErrorAlert error={failure} title={t('retreat.settings.failed')} onDismiss={() => setFailure(null)} />
          ))}
        <div className="form-grid">
          <TextField name="title" label={t('retreats.new.name')} value={title} maxLength={200} error={failure?.fieldErrors.title} onChange={(event) => setTitle(event.target.value)} />
          <TextField name="dots_per_person" type="number" inputMode="numeric" min={1} max={20} label={t('retreats.new.dots')} value={dots} error={failure?.fieldErrors.dots_per_person} onChange={(event) => setDots(event.target.value)} />
          <SelectField
            name="frame"
            label={t('retreats.new.frame')}
            value={frame}
            error={failure?.fieldErrors.frame}
            options={[
              { value: 'none', label: t('retreats.frame.none') },
              { value: 'performance_fact', label: t('retreats.frame.performance_fact') },
            ]}
            onChange={(event) => setFrame(event.target.value as RetreatFrame)}
          />
        </div>
        <div className="row row-between">
          <Button type="submit" variant="primary" isBusy={isSaving} disabled={!isEdited}>
            {t('retreat.settings.save')}
          </Button>
          <Button variant="quiet-danger" onClick={onDelete}>
            {t('retreat.delete.open')}
          </Button>
        </div>
      </form>
    </section>
  );
}
