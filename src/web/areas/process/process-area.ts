/** Every page of the process area, in the one chunk process-routes.tsx loads on first use. */
export { CyclePage } from './cycle-page';
export { CyclesListPage } from './cycles-list-page';
