import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useResource } from '../../app/use-resource';
import { planPath } from '../../plan/plans/plan-views';
import { usePlanWorkspace } from '../../plan/plans/plan-workspace-context';
import { publicCommentApi, type PublicCommentWindows } from './public-comment-api';
import './public-comment.css';

/** Where the public "what we heard, what we did" page of an adopted plan lives (drawn by the public site). */
export const heardPagePath = (slug: string, planId: string) => `/p/${slug}/plans/${planId}/heard`;

/**
 * The public comment part of the adoption record: each window the drafts went out for comment in,
 * with its dates and how many comments came in and were answered, the response log, and (once the
 * plan is adopted) the public page that answers them. Nothing shows for a plan never out for comment.
 */
export function AdoptionRecordComments() {
  const { t, formatDate, locale } = useI18n();
  const { plan, organization } = usePlanWorkspace();
  const windows = useResource<PublicCommentWindows>(publicCommentApi.windows(plan.id));
  const list = windows.data?.windows ?? [];
  if (list.length === 0) return null;
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);
  const isAdopted = plan.adoptedVersion !== null;

  return (
    <section className="card" aria-labelledby="adoption-comments-heading">
      <div className="card-header">
        <div>
          <h2 id="adoption-comments-heading">{t('publicComment.adoption.title')}</h2>
          <p>{t('publicComment.adoption.text')}</p>
        </div>
      </div>
      <ul className="adoption-comment-windows">
        {list.map((window) => (
          <li key={window.id} className="card-body">
            <p>
              <strong>{t('publicComment.adoption.window', { version: window.draft_version, opens: formatDate(window.opens_on), closes: formatDate(window.closed_at ?? window.closes_on) })}</strong>
              <br />
              {t('publicComment.adoption.comments', { count: window.counts.received, answered: number(window.counts.answered) })}
            </p>
          </li>
        ))}
      </ul>
      <div className="card-body row adoption-comment-links">
        <a className="button button-secondary button-small" href={publicCommentApi.responseLog(plan.id)} download>
          {t('publicComment.adoption.responseLog')}
        </a>
        {isAdopted && (
          <a className="button button-secondary button-small" href={heardPagePath(organization.slug, plan.id)} target="_blank" rel="noreferrer">
            {t('publicComment.adoption.heard')}
          </a>
        )}
        <Link to={planPath(organization.id, plan.id, 'public-comment')}>{t('publicComment.adoption.screen')}</Link>
      </div>
    </section>
  );
}
