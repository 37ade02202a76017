import { Link } from 'react-router';
import type { SessionOrganization } from '../../app/api-types';
import { useT } from '../../app/i18n/i18n-provider';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import { hasPermission, useSignedIn } from '../../app/session';
import { Icon, type IconName } from '../../app/ui/icons';

interface Step {
  id: string;
  to: string;
  icon: IconName;
  title: MessageKey;
  text: MessageKey;
}

/**
 * What a district does first, for as long as it has not: start a planning cycle, bring in or write
 * a plan, and look around the demo district (when there is one, from anywhere but the demo itself).
 * A step disappears once it is done; the section, once none is left.
 */
export function NextStepsSection({ organization, hasCycle, hasPlan }: { organization: SessionOrganization; hasCycle: boolean; hasPlan: boolean }) {
  const t = useT();
  const { organizations } = useSignedIn();
  const demo = organizations.find((candidate) => candidate.isDemo && candidate.id !== organization.id);
  const base = `/o/${organization.id}`;
  const steps: Step[] = [];
  if (!hasCycle && hasPermission(organization, 'process.edit')) {
    steps.push({ id: 'cycle', to: `${base}/process`, icon: 'overview', title: 'overview.next.cycle', text: 'overview.next.cycleText' });
  }
  if (!hasPlan && hasPermission(organization, 'plans.edit')) {
    steps.push({ id: 'plan', to: `${base}/plans`, icon: 'book', title: 'overview.next.plan', text: 'overview.next.planText' });
  }
  if (demo && steps.length > 0) {
    steps.push({ id: 'demo', to: `/o/${demo.id}`, icon: 'school', title: 'overview.next.demo', text: 'overview.next.demoText' });
  }
  if (steps.length === 0) return null;

  return (
    <section aria-labelledby="overview-next">
      <h2 id="overview-next" className="section-title">
        {t('overview.next.title')}
      </h2>
      <ol className="tile-grid next-steps">
        {steps.map((step) => (
          <li key={step.id}>
            <Link className="tile" to={step.to}>
              <span className="tile-icon">
                <Icon name={step.icon} size={20} />
              </span>
              <span className="tile-title">{t(step.title)}</span>
              <span className="tile-text">{t(step.text)}</span>
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
