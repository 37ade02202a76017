import type { AuditEvent } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { diffSnapshots, readableValue } from './audit-diff';

/** The before/after of one audit event as a small field-by-field table; unchanged fields are left out. */
export function AuditChanges({ event, id }: { event: AuditEvent; id: string }) {
  const t = useT();
  const changes = diffSnapshots(event.before, event.after);
  const isCreation = !event.before;
  const isDeletion = !event.after;

  return (
    <table className="diff-table" id={id}>
      <caption className="visually-hidden">{t('audit.changesCaption', { action: event.action })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.field')}</th>
          {!isCreation && <th scope="col">{t('audit.before')}</th>}
          {!isDeletion && <th scope="col">{t('audit.after')}</th>}
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">{change.field}</th>
            {!isCreation && <td className="diff-before">{readableValue(change.before)}</td>}
            {!isDeletion && <td className="diff-after">{readableValue(change.after)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function countChanges(event: AuditEvent): number {
  return diffSnapshots(event.before, event.after).length;
}
