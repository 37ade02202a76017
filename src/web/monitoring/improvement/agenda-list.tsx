import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import type { LevelNames } from '../../plan/plans/level-names';
import { elementPath } from '../../plan/plans/plan-views';
import { rollUpStatusLook } from '../progress/progress-status';
import { StatusChip } from '../progress/status-chip';
import { useStatusText } from '../progress/status-text';
import { formatDay, reasonLabel, reasonTone, type AgendaItem } from './improvement-api';

interface Props {
  agenda: AgendaItem[];
  organizationId: string;
  planId: string;
  levelNames: LevelNames;
  canEdit: boolean;
  busy: string | null;
  onRemove: (item: AgendaItem) => void;
}

/** The agenda goal by goal: each item with why it is there, whose it is, and whether it is new since the last check-in. */
export function AgendaList({ agenda, organizationId, planId, levelNames, canEdit, busy, onRemove }: Props) {
  const { t, locale } = useI18n();
  const statusText = useStatusText();
  const groups: { title: string | null; status: AgendaItem['goalStatus']; items: AgendaItem[] }[] = [];
  for (const item of agenda) {
    const title = item.kind === 'follow_up' || item.kind === 'other' ? null : item.goalTitle;
    const last = groups.at(-1);
    if (last && last.title === title) last.items.push(item);
    else groups.push({ title, status: title === null ? null : item.goalStatus, items: [item] });
  }
  const kindLabel = (item: AgendaItem) =>
    item.kind === 'follow_up' ? t('checkIns.kind.follow_up') : item.kind === 'other' ? t('checkIns.kind.other') : `${levelNames[item.kind]} ${item.elementKey ?? ''}`.trim();

  return (
    <div className="stack">
      {groups.map((group, index) => (
        <section key={`${group.title ?? ''}-${index}`} className="agenda-group" aria-label={group.title ?? t('checkIns.otherItems')}>
          <h4 className="agenda-group-heading">
            {group.title ? `${levelNames.goal}: ${group.title}` : t('checkIns.otherItems')}
            {group.status && <StatusChip look={rollUpStatusLook[group.status]}>{statusText.measure(group.status)}</StatusChip>}
          </h4>
          <ol className="agenda-list">
            {group.items.map((item) => (
              <li key={item.key} className="agenda-item">
                <div className="agenda-item-main">
                  <span className="muted">{kindLabel(item)}</span>
                  {item.elementKey ? (
                    <Link to={elementPath(organizationId, planId, item.elementKey)} className="agenda-item-title">
                      {item.title}
                    </Link>
                  ) : (
                    <span className="agenda-item-title">{item.title}</span>
                  )}
                  <span className="row">
                    {item.reasons.map((reason) => (
                      <Badge key={reason} tone={reasonTone[reason]}>{t(reasonLabel[reason])}</Badge>
                    ))}
                    {item.isNew && item.kind !== 'other' && <Badge tone="brand" hasDot={false}>{t('checkIns.newSinceLast')}</Badge>}
                  </span>
                </div>
                <p className="muted agenda-item-details">
                  {[
                    item.owner && t('checkIns.owner', { name: item.owner }),
                    item.periodLabel && t('checkIns.updateFor', { period: item.periodLabel }),
                    item.dueOn && t('checkIns.dueOn', { date: formatDay(locale, item.dueOn) }),
                    item.explanation,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {canEdit && (
                  <Button size="small" variant="quiet" isBusy={busy === `remove-${item.key}`} onClick={() => onRemove(item)}>
                    {t('checkIns.removeItem')}
                    <span className="visually-hidden">: {item.title}</span>
                  </Button>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
