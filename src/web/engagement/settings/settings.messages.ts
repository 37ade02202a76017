import type { Translations } from '../../app/i18n/translations';

/** Texts of the district's engagement settings. */
export const engagementSettingsEn = {
  'engagementSettings.link': 'Engagement settings',
  'engagementSettings.title': 'Engagement settings',
  'engagementSettings.description': 'How the district protects respondents in results, and when a group is flagged as under-represented.',
  'engagementSettings.loadFailed': 'Could not load the engagement settings',
  'engagementSettings.threshold': 'Fewest respondents a result may show',
  'engagementSettings.thresholdHint': 'Between 3 and 100 (5 by default). A group with fewer is hidden on screens, in exports, reports and public pages, with any number that would give it away.',
  'engagementSettings.gap': 'Representation gap, in percentage points',
  'engagementSettings.gapHint': 'A group whose share of respondents trails its share of the population by more than this is flagged while the survey is open.',
  'engagementSettings.check.range': 'Enter a whole number from {min} to {max}.',
  'engagementSettings.save': 'Save settings',
  'engagementSettings.saved': 'Engagement settings saved.',
  'engagementSettings.failed': 'Could not save the engagement settings',
  'engagementSettings.conflict': 'Someone changed these settings meanwhile. Their values are shown; make your change again.',
};

export const engagementSettingsEs: Translations<typeof engagementSettingsEn> = {
  'engagementSettings.link': 'Configuración de participación',
  'engagementSettings.title': 'Configuración de participación',
  'engagementSettings.description': 'Cómo protege el distrito a quienes responden en los resultados, y cuándo se señala un grupo como poco representado.',
  'engagementSettings.loadFailed': 'No se pudo cargar la configuración de participación',
  'engagementSettings.threshold': 'Mínimo de personas que puede mostrar un resultado',
  'engagementSettings.thresholdHint': 'Entre 3 y 100 (5 de forma predeterminada). Un grupo con menos se oculta en pantallas, exportaciones, informes y páginas públicas, junto con toda cifra que lo delataría.',
  'engagementSettings.gap': 'Brecha de representación, en puntos porcentuales',
  'engagementSettings.gapHint': 'Un grupo cuya proporción entre quienes responden queda por debajo de su proporción en la población por más que esto se señala mientras la encuesta está abierta.',
  'engagementSettings.check.range': 'Escriba un número entero de {min} a {max}.',
  'engagementSettings.save': 'Guardar configuración',
  'engagementSettings.saved': 'Se guardó la configuración de participación.',
  'engagementSettings.failed': 'No se pudo guardar la configuración de participación',
  'engagementSettings.conflict': 'Alguien cambió esta configuración mientras tanto. Se muestran sus valores; vuelva a hacer su cambio.',
};
