import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import { EmptyState } from '../../app/ui/empty-state';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField } from '../../app/ui/field';
import { Loading } from '../../app/ui/loading';
import { hasPermission } from '../../app/session';
import { useResource } from '../../app/use-resource';
import { usePlanWorkspace } from '../../plan/plans/plan-workspace-context';
import { CommentWindowCard } from './comment-window-card';
import { CommentsTab } from './comments-tab';
import { DownloadsSection } from './downloads-section';
import { PublicCommentThemesTab } from './public-comment-themes-tab';
import { publicCommentApi, type ChangesSinceDraft, type PublicCommentWindows } from './public-comment-api';
import './public-comment.css';

const tabs = [
  { key: 'comments', label: 'publicComment.tab.comments' },
  { key: 'themes', label: 'publicComment.tab.themes' },
  { key: 'downloads', label: 'publicComment.tab.downloads' },
] as const;
type Tab = (typeof tabs)[number]['key'];

/**
 * A plan's public comment (/o/:organizationId/plans/:planId/public-comment): the window (dates,
 * counts, settings while it runs, the draft page), then its comments with their moderation and
 * decisions, its themes, and the logs and packet to download. The tab and the window are in the
 * URL, so any of them can be sent to a colleague.
 */
export function PublicCommentPage() {
  const { t, formatDate } = useI18n();
  const { plan, organization, permissions } = usePlanWorkspace();
  const [searchParams, setSearchParams] = useSearchParams();
  const windows = useResource<PublicCommentWindows>(publicCommentApi.windows(plan.id));
  const list = windows.data?.windows ?? [];
  const window = list.find((each) => each.id === searchParams.get('window')) ?? list[0] ?? null;
  const tab: Tab = tabs.find((each) => each.key === searchParams.get('tab'))?.key ?? 'comments';
  const changes = useResource<ChangesSinceDraft>(window ? publicCommentApi.changes(plan.id, window.id) : null);
  const canModerate = hasPermission(organization, 'engagement.moderate');
  // Decisions can be recorded after the window closes, until the plan is adopted (then it is the record).
  const canDecide = permissions.canEdit;

  // Opening or closing the window is a lifecycle move: read the windows again when the plan moves.
  const seenLifecycle = useRef(plan.lifecycle);
  const reloadWindows = windows.reload;
  useEffect(() => {
    if (seenLifecycle.current === plan.lifecycle) return;
    seenLifecycle.current = plan.lifecycle;
    void reloadWindows();
  }, [plan.lifecycle, reloadWindows]);

  const choose = (next: Record<string, string>) => setSearchParams((current) => ({ ...Object.fromEntries(current), ...next }), { replace: true });

  if (windows.error && !windows.data) return <ErrorAlert error={windows.error} title={t('publicComment.loadFailed')} />;
  if (!windows.data) return <Loading />;
  if (!window) {
    return (
      <section className="card" aria-labelledby="public-comment-heading">
        <div className="card-header">
          <h2 id="public-comment-heading">{t('publicComment.title')}</h2>
        </div>
        <EmptyState icon="inbox" title={t('publicComment.none')}>
          {t('publicComment.noneText')}
        </EmptyState>
      </section>
    );
  }

  const isLatest = window.id === list[0]?.id;
  return (
    <div className="stack-lg public-comment-page">
      <div className="stack">
        <p className="muted">{t('publicComment.intro')}</p>
        {list.length > 1 && (
          <SelectField
            name="window"
            label={t('publicComment.chooseWindow')}
            value={window.id}
            onChange={(event) => choose({ window: event.target.value })}
            options={list.map((each) => ({ value: each.id, label: t('publicComment.windowOf', { date: formatDate(each.opens_on) }) }))}
            className="public-comment-window-choice"
          />
        )}
      </div>
      <CommentWindowCard
        planId={plan.id}
        window={window}
        draftUrl={isLatest ? windows.data.draft_url : null}
        canEdit={permissions.canEdit}
        onSaved={(saved) => windows.setData((current) => current && { ...current, windows: current.windows.map((each) => (each.id === saved.id ? saved : each)) })}
        onConflict={windows.reload}
      />
      <nav className="section-nav" aria-label={t('publicComment.tabs')}>
        <ul>
          {tabs.map((each) => (
            <li key={each.key}>
              <Link
                to={{ search: new URLSearchParams({ ...Object.fromEntries(searchParams), tab: each.key }).toString() }}
                replace
                className="section-nav-link"
                aria-current={tab === each.key ? 'page' : undefined}
              >
                {t(each.label)}
                {each.key === 'comments' && canModerate && window.counts.pending > 0 && <span className="public-comment-tab-count"> ({window.counts.pending})</span>}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {tab === 'comments' && <CommentsTab key={window.id} planId={plan.id} windowId={window.id} changes={changes} canModerate={canModerate} canEdit={canDecide} onCountsChanged={() => void windows.reload()} />}
      {tab === 'themes' && <PublicCommentThemesTab key={window.id} planId={plan.id} windowId={window.id} changes={changes} canEdit={canDecide} onDecided={() => void windows.reload()} />}
      {tab === 'downloads' && <DownloadsSection planId={plan.id} />}
    </div>
  );
}
