import { buildPlanPrintout, type PlanPrintoutInput } from '../../../core/plan/documents/build-plan-printout.js';
import { renderPrintPage } from '../../documents/html-blocks.js';
import type { OrganizationLogo } from '../../documents/logo-for.js';

/** The plan as one print-styled HTML page: the print preview of the web app and the source of the PDF. */
export function renderPlanHtml(options: PlanPrintoutInput & { logo: OrganizationLogo | null }): string {
  return renderPrintPage({
    blocks: buildPlanPrintout(options),
    language: options.words?.language ?? 'en',
    title: `${options.document.plan.title} — ${options.organizationName}`,
    logo: options.logo,
  });
}
