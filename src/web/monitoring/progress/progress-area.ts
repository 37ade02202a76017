/**
 * The monitoring views of a plan's workspace, in a chunk of their own: the plan editor's chunk stays
 * as it was, and these load when someone first opens Progress or Coverage.
 */
export { CoverageView } from './coverage-view';
export { ProgressView } from './progress-view';
