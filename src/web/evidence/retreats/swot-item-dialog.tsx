import { useEffect, useState } from 'react';
import { api, ApiError, fieldIssueMessage } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextAreaField } from '../../app/ui/field';
import { quadrants } from '../../../core/evidence/retreat/dot-voting';
import { AreaField } from './area-field';
import type { BoardWorkspace } from './board-workspace';
import { CitationPicker } from './citation-picker';
import { retreatApi } from './retreat-api';
import type { Quadrant, RetreatCitation, SwotItem } from './retreat-types';

interface SwotItemDialogProps {
  workspace: BoardWorkspace;
  /** The item to reword, or the quadrant a new one starts in. */
  target: { item: SwotItem } | { quadrant: Quadrant } | null;
  onClose: () => void;
}

/** A SWOT item written or reworded: its words, its quadrant, its area in a framed retreat, and what it cites. */
export function SwotItemDialog({ workspace, target, onClose }: SwotItemDialogProps) {
  const { t } = useI18n();
  const { board, organizationId } = workspace;
  const item = target && 'item' in target ? target.item : null;
  const [text, setText] = useState('');
  const [quadrant, setQuadrant] = useState<Quadrant>('strength');
  const [area, setArea] = useState<string | null>(null);
  const [citations, setCitations] = useState<RetreatCitation[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  useEffect(() => {
    if (!target) return;
    const current = 'item' in target ? target.item : null;
    setText(current?.text ?? '');
    setQuadrant(current?.quadrant ?? ('quadrant' in target ? target.quadrant : 'strength'));
    setArea(current?.area ?? null);
    setCitations(current?.citations ?? []);
    setFailure(null);
  }, [target]);

  const errorOf = (field: string) => {
    const detail = failure?.code === 'invalid_input' ? failure.details.find((entry) => entry.path === `/${field}`) : undefined;
    return detail ? fieldIssueMessage(detail) : undefined;
  };
  const save = async () => {
    const body = { quadrant, text, citations, ...(board.retreat.frame === 'performance_fact' ? { area } : {}) };
    setIsSaving(true);
    setFailure(null);
    try {
      if (item) await api.put(retreatApi.swotItem(board.retreat.id, item.id), { ...body, version: item.version });
      else await api.post(retreatApi.swot(board.retreat.id), body);
      await workspace.reload();
      onClose();
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <Dialog
      isOpen={target !== null}
      isWide
      title={item ? t('retreat.swot.editTitle') : t('retreat.swot.addTitle', { quadrant: t(`retreat.swot.quadrant.${quadrant}`) })}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button variant="primary" isBusy={isSaving} onClick={() => void save()}>
            {item ? t('retreat.swot.save') : t('retreat.swot.add')}
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
        {failure && !(failure.code === 'invalid_input' && failure.details.every((detail) => ['/text', '/quadrant', '/area'].includes(detail.path))) && (
          <ErrorAlert error={failure} title={failure.status === 409 ? t('retreat.conflict') : t('retreat.swot.failed')} />
        )}
        <TextAreaField name="text" label={t('retreat.swot.text')} rows={3} maxLength={300} value={text} error={errorOf('text')} onChange={(event) => setText(event.target.value)} />
        <div className="form-grid">
          <SelectField name="quadrant" label={t('retreat.swot.quadrantLabel')} value={quadrant} error={errorOf('quadrant')} options={quadrants.map((entry) => ({ value: entry, label: t(`retreat.swot.quadrant.${entry}`) }))} onChange={(event) => setQuadrant(event.target.value as Quadrant)} />
          {board.retreat.frame === 'performance_fact' && <AreaField value={area} error={errorOf('area')} onChange={setArea} />}
        </div>
        <CitationPicker legend={t('retreat.swot.cites')} citations={citations} charts={board.charts} organizationId={organizationId} onChange={setCitations} />
      </form>
    </Dialog>
  );
}
