import type { Translations } from './translations';

/** Stakeholder groups and the engagement plan; the outreach kit. */
export const engagementEn = {
  'cycleNav.engagement': 'Stakeholders',
  'cycleNav.outreach': 'Outreach kit',
};

export const engagementEs: Translations<typeof engagementEn> = {
  'cycleNav.engagement': 'Partes interesadas',
  'cycleNav.outreach': 'Materiales de difusión',
};
