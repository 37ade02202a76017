/**
 * Every scenario the bench runs, in order. To add one, write a module beside this file that
 * default-exports a Scenario and list it here; its `request` may seed data first through
 * `waymark.send` (for example, import a plan and return the request that exports it).
 *
 * @typedef {import('../lib/generate-load.mjs').BenchRequest} BenchRequest
 * @typedef {{
 *   url: string;
 *   databaseKind: 'pglite' | 'postgres';
 *   admin: { name: string; email: string; password: string };
 *   organizationId: string;
 *   sessionCookie: string;
 *   csrfToken: string;
 *   apiToken: string;
 *   pool: import('pg').Pool;
 *   send(request: BenchRequest): Promise<{ status: number; headers: Headers; json: any }>;
 * }} WaymarkUnderTest
 * @typedef {{
 *   name: string;
 *   description: string;
 *   server: 'baseline' | 'waymark';
 *   connections?: number;
 *   targetP95Ms?: number;
 *   targetRatio?: number;
 *   request(context: ScenarioContext): BenchRequest | Promise<BenchRequest>;
 *   yardstick?(context: ScenarioContext): Promise<{ name: string; description: string; request: BenchRequest & { baseUrl: string }; stop?(): Promise<void> }>;
 * }} Scenario
 * @typedef {{ waymark: WaymarkUnderTest; root: string; shared: Record<string, any>; note(label: string, value: string | number): void }} ScenarioContext
 */
import baseline from './baseline.mjs';
import membersWithToken from './members-with-token.mjs';
import membersWithCookie from './members-with-cookie.mjs';
import signIn from './sign-in.mjs';
import dashboardLargePlan from './dashboard-large-plan.mjs';
import surveyIngest from './survey-ingest.mjs';
import surveyResults from './survey-results.mjs';
import conversationVotes from './conversation-votes.mjs';
import indicatorBySchool from './indicator-by-school.mjs';
import datasetImport from './dataset-import.mjs';
import cohortDashboard from './cohort-dashboard.mjs';

/**
 * Sign-in goes last: argon2 work still in flight when it stops would slow whatever came next.
 * @type {Scenario[]}
 */
export const scenarios = [baseline, membersWithToken, membersWithCookie, dashboardLargePlan, surveyIngest, surveyResults, conversationVotes, indicatorBySchool, datasetImport, cohortDashboard, signIn];
