/** Every page of the engagement area, in the one chunk routes.tsx loads on first use. */
export { BuilderPage } from '../builder/builder-page';
export { EngagementSettingsPage } from '../settings/engagement-settings-page';
export { PaperFormPage } from '../share/paper-form-page';
export { ComparisonPage } from '../comparison/comparison-page';
export { PreviewPage } from '../preview/preview-page';
export { RepresentationPage } from '../representation/representation-page';
export { ResultsPage } from '../results/results-page';
export { SharePage } from '../share/share-page';
export { SurveyLayout } from './survey-layout';
export { SurveysListPage } from './surveys-list-page';
export { TranslationsPage } from '../translations/translations-page';
