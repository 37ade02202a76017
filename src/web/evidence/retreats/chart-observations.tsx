import { useState, type FormEvent } from 'react';
import { api } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { TextAreaField } from '../../app/ui/field';
import type { BoardWorkspace } from './board-workspace';
import { retreatApi } from './retreat-api';
import type { BoardChart, ObservationKind } from './retreat-types';
import { useBoardWrite } from './use-board-write';

const kinds: ObservationKind[] = ['notice', 'wonder'];

/**
 * What the room notices and wonders about one chart, as it arrives from the phones. The facilitator
 * hides one from the room (it stays here, marked, for the team) and writes their own.
 */
export function ChartObservations({ workspace, chart, number }: { workspace: BoardWorkspace; chart: BoardChart; number: number }) {
  const { t } = useI18n();
  const { board, canEdit } = workspace;
  const write = useBoardWrite(workspace.reload);
  const [kind, setKind] = useState<ObservationKind>('notice');
  const [text, setText] = useState('');
  const isClosed = board.retreat.status === 'closed';

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const isDone = await write.run('add', () => api.post(retreatApi.observations(board.retreat.id), { chart_id: chart.id, kind, body: text }));
    if (isDone) setText('');
  };

  return (
    <div className="stack-sm chart-observations">
      {write.failure && <ErrorAlert error={write.failure} title={t('retreat.observations.failed')} onDismiss={write.dismiss} />}
      <div className="observation-columns">
        {kinds.map((listKind) => {
          const list = chart.observations.filter((observation) => observation.kind === listKind);
          return (
            // Not a landmark: every chart has the same two lists, and their names would repeat.
            <div key={listKind} className="observation-list" aria-live="polite">
              <h4>{t(`retreat.observations.${listKind}Heading`, { count: list.length })}</h4>
              {list.length === 0 && <p className="muted">{t('retreat.observations.none')}</p>}
              <ul className="retreat-list stack-sm">
                {list.map((observation) => (
                  <li key={observation.id} className={observation.is_hidden ? 'observation is-hidden' : 'observation'}>
                    <p>{observation.body}</p>
                    <div className="row observation-meta">
                      <span className="muted">{observation.author ?? t('retreat.observations.anonymous')}</span>
                      {observation.is_hidden && <Badge tone="warning">{t('retreat.observations.hidden')}</Badge>}
                      {canEdit && (
                        <Button
                          size="small"
                          variant="quiet"
                          isBusy={write.busy === observation.id}
                          aria-label={t(observation.is_hidden ? 'retreat.observations.showLabel' : 'retreat.observations.hideLabel', { text: observation.body })}
                          onClick={() => void write.run(observation.id, () => api.put(retreatApi.observation(board.retreat.id, observation.id), { is_hidden: !observation.is_hidden }))}
                        >
                          {observation.is_hidden ? t('retreat.observations.show') : t('retreat.observations.hide')}
                        </Button>
                      )}
                    </div>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
      {!isClosed && (
        <form className="observation-form stack-sm" onSubmit={(event) => void add(event)} noValidate>
          <fieldset className="fieldset observation-kinds">
            <legend>{t('retreat.observations.kindLegend', { number })}</legend>
            {kinds.map((option) => (
              <label key={option} className="checkbox">
                <input type="radio" name={`kind-${chart.id}`} value={option} checked={kind === option} onChange={() => setKind(option)} />
                <span>{t(`retreat.observations.${option}`)}</span>
              </label>
            ))}
          </fieldset>
          <TextAreaField name="body" label={t('retreat.observations.yours', { number })} rows={2} maxLength={500} value={text} error={write.failure?.fieldErrors.body} onChange={(event) => setText(event.target.value)} />
          <div>
            <Button type="submit" size="small" isBusy={write.busy === 'add'} disabled={!text.trim()}>
              {t('retreat.observations.add')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
