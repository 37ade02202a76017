import { useId, useState } from 'react';
import type { AuditEvent } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { AuditChanges, countChanges } from './audit-changes';

const columnCount = 5;

function actorLabel(actor: AuditEvent['actor']): string {
  if (!actor) return '—';
  if (typeof actor === 'string') return actor;
  return actor.name ?? actor.label ?? actor.email ?? '—';
}

/**
 * One event of the log, and under it (when opened) a full-width row with its changes: the
 * before/after table needs the whole width to stay readable, which a table cell cannot give it.
 */
export function AuditEventRows({ event }: { event: AuditEvent }) {
  const { t, hasMessage, formatDateTime } = useI18n();
  // A kind of record added later without a name here still shows, as the code the filter takes.
  const entityName = (type: string) => {
    const key = `audit.entity.${type}`;
    return hasMessage(key) ? t(key) : <code>{type}</code>;
  };
  const [isOpen, setIsOpen] = useState(false);
  const detailsId = useId();
  const changeCount = countChanges(event);

  return (
    <>
      <tr className={isOpen ? 'is-expanded' : undefined}>
        <td data-label={t('audit.when')} className="cell-date">
          <time dateTime={event.at}>{formatDateTime(event.at)}</time>
        </td>
        <td data-label={t('audit.actor')} className="cell-wrap">{actorLabel(event.actor)}</td>
        <td data-label={t('audit.action')}>
          <code className="audit-action">{event.action}</code>
        </td>
        <td data-label={t('audit.entity')}>
          <span>
            {entityName(event.entityType)}
            {event.entityId && <span className="cell-sub mono">{event.entityId.slice(0, 8)}</span>}
          </span>
        </td>
        <td data-label={t('audit.changes')}>
          {changeCount === 0 ? (
            <span className="muted">—</span>
          ) : (
            <button type="button" className="disclosure-button" aria-expanded={isOpen} aria-controls={isOpen ? detailsId : undefined} onClick={() => setIsOpen((open) => !open)}>
              <span className="disclosure-chevron" aria-hidden="true" />
              {isOpen ? t('audit.hideChanges') : t('audit.changesSummary', { count: changeCount })}
            </button>
          )}
        </td>
      </tr>
      {isOpen && (
        <tr className="audit-details-row">
          <td colSpan={columnCount} className="cell-full">
            <AuditChanges event={event} id={detailsId} />
          </td>
        </tr>
      )}
    </>
  );
}
