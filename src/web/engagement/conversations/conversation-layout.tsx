import { Link, NavLink, Outlet, useLocation, useParams } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { PageHeader } from '../../app/ui/page-header';
import { useResource } from '../../app/use-resource';
import { StatusBadge } from '../surveys/survey-words';
import type { ConversationContext } from './conversation-context';
import { conversationModeLabel, promptOf } from './conversation-words';
import { conversationPath, conversationsApi, conversationsPath, type ConversationDetail } from './conversations-api';
import '../surveys/surveys.css';
import './conversations.css';

const sections: ReadonlyArray<{ segment: string; label: MessageKey; isVoteOnly?: boolean }> = [
  { segment: '', label: 'conversation.tab.settings' },
  { segment: 'statements', label: 'conversation.tab.statements' },
  { segment: 'import', label: 'conversation.tab.import', isVoteOnly: true },
  { segment: 'opinion-groups', label: 'conversation.tab.groups', isVoteOnly: true },
  { segment: 'themes', label: 'conversationThemes.tab' },
  { segment: 'results', label: 'conversation.tab.results' },
];

/** One conversation: its prompt, status and way of responding in sight on every tab, the tabs, and the tab chosen in the URL. */
export function ConversationLayout() {
  const { t, locale } = useI18n();
  const { conversationId = '' } = useParams();
  const location = useLocation();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const conversation = useResource<ConversationDetail>(conversationsApi.conversation(conversationId));
  const base = conversationPath(organizationId, conversationId);
  const rest = location.pathname.startsWith(base) ? location.pathname.slice(base.length).replace(/^\//, '') : '';
  const section = sections.find((s) => s.segment === rest.split('/')[0]) ?? sections[0]!;

  const back = (
    <Link to={conversationsPath(organizationId)} className="back-link">
      ← {t('conversations.title')}
    </Link>
  );
  if (!conversation.data) {
    return (
      <div className="stack-lg">
        {back}
        {conversation.error ? <ErrorAlert error={conversation.error} title={t('conversation.loadFailed')} /> : <Loading />}
      </div>
    );
  }
  const data = conversation.data;
  const context: ConversationContext = {
    organizationId,
    conversation: data,
    setConversation: (next) => conversation.setData(next),
    reload: conversation.reload,
    canEdit: hasPermission(organization, 'engagement.edit'),
    canModerate: hasPermission(organization, 'engagement.moderate'),
  };
  const shown = sections.filter((s) => !s.isVoteOnly || data.mode === 'vote');

  return (
    <div className="stack-lg">
      {back}
      <PageHeader
        eyebrow={t('conversation.eyebrow')}
        titleContext={`${t(section.label)} · ${organization!.name}`}
        title={promptOf(data, locale) || t('conversations.untitled')}
        description={
          <span className="survey-facts">
            <StatusBadge status={data.status} /> <span>{t(conversationModeLabel(data.mode))}</span>
            <span>{t('conversation.participants', { count: data.counts.participants })}</span>
            <span>{t('conversation.statements', { count: data.counts.statements })}</span>
          </span>
        }
      />
      <nav className="section-nav survey-sections" aria-label={t('conversation.tab.label')}>
        <ul>
          {shown.map((s) => (
            <li key={s.segment}>
              <NavLink to={conversationPath(organizationId, conversationId, s.segment)} end={s.segment === ''} className="section-nav-link">
                {t(s.label)}
                {s.segment === 'statements' && context.canModerate && data.counts.pending > 0 && <span className="conversation-tab-count"> ({data.counts.pending})</span>}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet context={context} />
    </div>
  );
}
