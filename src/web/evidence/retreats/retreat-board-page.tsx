import { useCallback, useEffect } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Badge } from '../../app/ui/badge';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { PageHeader } from '../../app/ui/page-header';
import { useResource } from '../../app/use-resource';
import type { CycleDetail } from '../../process/api-types';
import { formatDay, processApi } from '../../process/cycles/process-api';
import { boardSections, type BoardSection, type BoardWorkspace } from './board-workspace';
import { DataPictureSection } from './data-picture-section';
import { DocumentsSection } from './documents-section';
import { JoinPanel } from './join-panel';
import { PrioritiesSection } from './priorities-section';
import { retreatApi, retreatPath, retreatsPath } from './retreat-api';
import type { RetreatBoard } from './retreat-types';
import { SwotSection } from './swot-section';
import { useVisiblePolling } from './use-visible-polling';
import '../evidence.css';
import './retreats.css';

/**
 * The facilitator's board of one data retreat, in the order the day runs: the room (join code,
 * who is in), the data picture (charts and what the room notices and wonders), the SWOT board with
 * its dots, the priorities carried forward with their gap analyses, and the documents. The board
 * is read again every three seconds while the page is on screen, so the room's writing shows live.
 */
export function RetreatBoardPage() {
  const { t, locale } = useI18n();
  const { retreatId } = useParams();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const [params] = useSearchParams();
  const asked = params.get('section');
  const section: BoardSection = (boardSections as readonly string[]).includes(asked ?? '') ? (asked as BoardSection) : 'room';
  const board = useResource<RetreatBoard>(retreatApi.retreat(retreatId!));
  const { reload } = board;
  const poll = useCallback(() => reload(), [reload]);
  useVisiblePolling(board.data !== null, poll);
  const cycle = useResource<CycleDetail>(board.data ? processApi.cycle(board.data.retreat.cycle_id) : null);
  const data = board.data;
  // On a phone the parts scroll sideways: the current one is brought into view.
  const hasBoard = data !== null;
  useEffect(() => {
    document.querySelector('.retreat-board .section-nav [aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [section, hasBoard]);
  const session = cycle.data?.sessions.find((candidate) => candidate.id === data?.retreat.session_id);

  if (!data) {
    return (
      <div className="stack-lg">
        <PageHeader title={t('retreat.title')} eyebrow={<Link to={retreatsPath(organizationId)}>{t('retreats.title')}</Link>} />
        {board.isLoading && <Loading />}
        {board.error && <ErrorAlert error={board.error} title={t('retreat.loadFailed')} />}
      </div>
    );
  }

  const workspace: BoardWorkspace = { organizationId, board: data, reload, canEdit: hasPermission(organization, 'evidence.edit'), cycle: cycle.data };
  const sectionLabel = (name: BoardSection) => t(`retreat.section.${name}`);

  return (
    <div className="stack-lg retreat-board">
      <PageHeader
        title={data.retreat.title}
        titleContext={cycle.data?.name}
        eyebrow={<Link to={retreatsPath(organizationId, data.retreat.cycle_id)}>{cycle.data ? t('retreat.eyebrow', { cycle: cycle.data.name }) : t('retreats.title')}</Link>}
        description={session ? t('retreat.session', { session: session.name, date: formatDay(locale, session.date) }) : undefined}
        actions={<Badge tone={data.retreat.status === 'open' ? 'success' : 'neutral'}>{t(`retreats.status.${data.retreat.status}`)}</Badge>}
      />
      <nav className="section-nav" aria-label={t('retreat.section.label')}>
        <ul>
          {boardSections.map((name, index) => (
            <li key={name}>
              <Link to={retreatPath(organizationId, data.retreat.id, name)} replace className="section-nav-link" aria-current={name === section ? 'page' : undefined}>
                {t('retreat.section.numbered', { number: index + 1, name: sectionLabel(name) })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {board.error && <ErrorAlert error={board.error} title={t('retreat.refreshFailed')} />}
      {section === 'room' && <JoinPanel workspace={workspace} />}
      {section === 'data' && <DataPictureSection workspace={workspace} />}
      {section === 'swot' && <SwotSection workspace={workspace} />}
      {section === 'priorities' && <PrioritiesSection workspace={workspace} />}
      {section === 'documents' && <DocumentsSection workspace={workspace} />}
    </div>
  );
}
