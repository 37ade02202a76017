import type { Translations } from '../app/i18n/translations';

/** The network area's menu entries. */
export const networkNavEn = {
  'nav.cohorts': 'Cohorts',
  'nav.review': 'Review',
  'nav.providers': 'Providers',
  'nav.myNetwork': 'Network and coaches',
};

export const networkNavEs: Translations<typeof networkNavEn> = {
  'nav.cohorts': 'Cohortes',
  'nav.review': 'Revisión',
  'nav.providers': 'Proveedores',
  'nav.myNetwork': 'Red y acompañantes',
};
