import type { Translations } from '../../app/i18n/translations';

/** The first-run setup screen. */
export const setupEn = {
  'setup.eyebrow': 'Welcome to Waymark',
  'setup.title': 'Set up Waymark',
  'setup.description': 'Create your organization and its first administrator. You can invite your colleagues as soon as this is done.',
  'setup.organizationSection': 'Your organization',
  'setup.organizationName': 'Organization name',
  'setup.organizationNameHint': 'For example “Riverside Unified School District”.',
  'setup.organizationKind': 'What kind of organization is it?',
  'setup.kindDistrict': 'School district',
  'setup.kindDistrictText': 'One district writing and monitoring its own strategic plan.',
  'setup.kindNetwork': 'State agency or consultancy',
  'setup.kindNetworkText': 'A network that supports several districts through the planning process.',
  'setup.adminSection': 'First administrator',
  'setup.loadDemo': 'Load a demo district',
  'setup.loadDemoText': 'Adds a sample district with schools, people, plans and a planning cycle, and opens it first. You can sign in as its people to try each role.',
  'setup.submit': 'Create organization',
  'setup.failed': 'Setup could not be completed',
};

export const setupEs: Translations<typeof setupEn> = {
  'setup.eyebrow': 'Bienvenido a Waymark',
  'setup.title': 'Configurar Waymark',
  'setup.description': 'Cree su organización y su primer administrador. Podrá invitar a sus colegas en cuanto termine.',
  'setup.organizationSection': 'Su organización',
  'setup.organizationName': 'Nombre de la organización',
  'setup.organizationNameHint': 'Por ejemplo, “Distrito Escolar Unificado de Riverside”.',
  'setup.organizationKind': '¿Qué tipo de organización es?',
  'setup.kindDistrict': 'Distrito escolar',
  'setup.kindDistrictText': 'Un distrito que redacta y da seguimiento a su propio plan estratégico.',
  'setup.kindNetwork': 'Agencia estatal o consultora',
  'setup.kindNetworkText': 'Una red que acompaña a varios distritos durante el proceso de planificación.',
  'setup.adminSection': 'Primer administrador',
  'setup.loadDemo': 'Cargar un distrito de demostración',
  'setup.loadDemoText': 'Agrega un distrito de ejemplo con escuelas, personas, planes y un ciclo de planificación, y lo abre primero. Puede iniciar sesión como sus personas para probar cada función.',
  'setup.submit': 'Crear organización',
  'setup.failed': 'No se pudo completar la configuración',
};
