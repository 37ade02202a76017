import type { ReactNode } from 'react';
import { Outlet, type RouteObject } from 'react-router';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { NoAccessPage } from '../../app/no-access-page';

/* The task list is its own small chunk, loaded when first opened. */
const page = async () => ({ Component: (await import('./my-tasks-page')).MyTasksPage });

/** Tasks belong to a district's planning cycles; elsewhere the explanation page says so. */
function TasksGuard({ children }: { children: ReactNode }) {
  const { organization } = useOrganizationInUrl();
  if (organization?.kind !== 'district' || !organization.permissions.includes('process.read')) return <NoAccessPage reason="permission" />;
  return <>{children}</>;
}

/** /o/:organizationId/tasks: what the signed-in person owns in the district. */
export const taskRoutes: RouteObject[] = [
  {
    path: 'tasks',
    element: <TasksGuardOutlet />,
    children: [{ index: true, lazy: page }],
  },
];

function TasksGuardOutlet() {
  return (
    <TasksGuard>
      <Outlet />
    </TasksGuard>
  );
}
