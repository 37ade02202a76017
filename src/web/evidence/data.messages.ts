import type { Translations } from '../app/i18n/translations';

/** Texts of the data area as a whole: its menu entries, its tabs. */
export const dataEn = {
  'nav.data': 'Data',
  'nav.indicators': 'Indicators',
  'overview.tile.data': 'State and district data files, and indicators by school and student group.',
  'data.section.label': 'Data sections',
  'data.section.files': 'Files',
  'data.section.indicators': 'Indicators',
  'data.section.schools': 'Schools in the files',
  'data.section.groups': 'Student groups in the files',
  'data.section.retreats': 'Data retreats',
};

export const dataEs: Translations<typeof dataEn> = {
  'nav.data': 'Datos',
  'nav.indicators': 'Indicadores',
  'overview.tile.data': 'Archivos de datos del estado y del distrito, e indicadores por escuela y grupo de estudiantes.',
  'data.section.label': 'Secciones de datos',
  'data.section.files': 'Archivos',
  'data.section.indicators': 'Indicadores',
  'data.section.schools': 'Escuelas en los archivos',
  'data.section.groups': 'Grupos de estudiantes en los archivos',
  'data.section.retreats': 'Retiros de datos',
};
