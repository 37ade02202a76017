import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { constituencyLabel, type StakeholderGroup } from './stakeholders-api';

interface GroupsTableProps {
  groups: StakeholderGroup[];
  canEdit: boolean;
  onEdit: (group: StakeholderGroup) => void;
  onRemove: (group: StakeholderGroup) => void;
}

/** The stakeholder groups of the cycle; stacked cards on a phone. */
export function GroupsTable({ groups, canEdit, onEdit, onRemove }: GroupsTableProps) {
  const t = useT();
  return (
    <div className="table-wrap">
      <table className="table table-stack">
        <thead>
          <tr>
            <th scope="col">{t('group.column.name')}</th>
            <th scope="col">{t('group.column.constituency')}</th>
            <th scope="col">{t('group.column.size')}</th>
            <th scope="col">{t('group.column.contacts')}</th>
            {canEdit && <th scope="col"><span className="visually-hidden">{t('group.column.actions')}</span></th>}
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.id}>
              <td className="cell-primary">
                <strong>{group.name}</strong>
                {group.description && <span className="cell-sub">{group.description}</span>}
              </td>
              <td data-label={t('group.column.constituency')}>{t(constituencyLabel(group.constituency))}</td>
              <td data-label={t('group.column.size')}>{group.estimatedSize != null ? group.estimatedSize.toLocaleString() : <span className="muted">{t('group.sizeUnknown')}</span>}</td>
              <td data-label={t('group.column.contacts')}>{t('group.contactCount', { count: group.contacts.length })}</td>
              {canEdit && (
                <td className="cell-actions">
                  <div className="row">
                    <Button size="small" onClick={() => onEdit(group)} aria-label={t('group.editNamed', { name: group.name })}>
                      {t('group.edit')}
                    </Button>
                    <Button size="small" variant="quiet-danger" onClick={() => onRemove(group)} aria-label={t('group.removeNamed', { name: group.name })}>
                      {t('group.remove')}
                    </Button>
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
