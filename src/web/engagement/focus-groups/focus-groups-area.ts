/** Every focus-group page, in the one chunk focus-group-routes.tsx loads on first use. */
export { FocusGroupsPage } from './focus-groups-page';
export { NotesPage } from './notes-page';
export { ProtocolsPage } from './protocols-page';
export { SynthesisPage } from './synthesis-page';
