/** Every page of the network area, in the one chunk routes.tsx loads on first use. */
export { ReviewQueuePage } from './review/review-queue-page';
export { ReviewPage } from './review/review-page';
export { RubricsPage } from './review/rubrics-page';
export { CohortsListPage } from './cohorts/cohorts-list-page';
export { CohortPage } from './cohorts/cohort-page';
export { ProvidersPage } from './providers/providers-page';
export { DistrictNetworkPage } from './my-network/district-network-page';
export { NetworkStrategyBankPage } from './strategy-bank/network-strategy-bank-page';
export { DistrictStrategyBankPage } from './strategy-bank/district-strategy-bank-page';
export { ClientsPage } from './clients/clients-page';
export { BenchmarksArea } from './benchmarks/benchmarks-area';
