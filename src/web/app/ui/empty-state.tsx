import type { ReactNode } from 'react';
import { Icon, type IconName } from './icons';

export function EmptyState({ icon = 'inbox', title, children }: { icon?: IconName; title: ReactNode; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <span className="empty-state-icon">
        <Icon name={icon} size={22} />
      </span>
      <p className="empty-state-title">{title}</p>
      {children && <p>{children}</p>}
    </div>
  );
}
