import { buildPlanPrintout, type PlanPrintoutInput } from '../../../core/plan/documents/build-plan-printout.js';
import { printoutWords } from '../../../core/plan/documents/printout-words.js';
import type { OrganizationLogo } from '../../documents/logo-for.js';
import { renderDocx } from '../../documents/render-docx.js';

export { DOCX_CONTENT_TYPE } from '../../documents/render-docx.js';

/** The plan as a Word document for the board packet: the title page on its own, then the plan. */
export async function renderPlanDocx(options: PlanPrintoutInput & { logo: OrganizationLogo | null }): Promise<Buffer> {
  const words = options.words ?? printoutWords.en;
  return renderDocx({
    blocks: buildPlanPrintout(options),
    title: options.document.plan.title,
    subject: words.strategicPlanOf(options.organizationName),
    logo: options.logo,
    pageWords: { page: words.page, of: words.of },
  });
}
