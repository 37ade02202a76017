import type { ReactNode } from 'react';
import { useT } from '../../app/i18n/i18n-provider';
import { hasPermission } from '../../app/session';
import { EmptyState } from '../../app/ui/empty-state';
import { usePlanWorkspace } from '../../plan/plans/plan-workspace-context';

/** Progress and coverage are for people who may read monitoring; anyone else reached by a link is told so. */
export function MonitoringGuard({ children }: { children: ReactNode }) {
  const t = useT();
  const { organization } = usePlanWorkspace();
  if (hasPermission(organization, 'monitoring.read')) return <>{children}</>;
  return (
    <div className="card">
      <EmptyState icon="shield" title={t('progress.noAccessTitle')}>
        {t('progress.noAccessText')}
      </EmptyState>
    </div>
  );
}
