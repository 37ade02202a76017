/** Every page of the data area, in the one chunk routes.tsx loads on first use. */
export { DatasetsListPage } from './datasets/datasets-list-page';
export { DatasetPage } from './datasets/dataset-page';
export { SchoolsInFilesPage } from './entities/schools-in-files-page';
export { GroupsInFilesPage } from './groups/groups-in-files-page';
export { IndicatorsPage } from './indicators/indicators-page';
export { InstructionalFocusPage } from './instructional-focus/instructional-focus-page';
export { RetreatsListPage } from './retreats/retreats-list-page';
export { RetreatBoardPage } from './retreats/retreat-board-page';
