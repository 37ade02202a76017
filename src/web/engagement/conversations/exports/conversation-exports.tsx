import { useT } from '../../../app/i18n/i18n-provider';
import type { MessageKey } from '../../../app/i18n/message-catalogue';
import type { ConversationDetail } from '../conversations-api';
import './conversation-exports.css';

const filesOf: Record<ConversationDetail['mode'], Array<{ file: string; label: MessageKey }>> = {
  vote: [
    { file: 'comments', label: 'conversationExports.comments' },
    { file: 'votes', label: 'conversationExports.votes' },
    { file: 'participants-votes', label: 'conversationExports.participantsVotes' },
  ],
  rate: [
    { file: 'ideas', label: 'conversationExports.ideas' },
    { file: 'ratings', label: 'conversationExports.ratings' },
  ],
};

/**
 * A conversation's data for the district to keep: in Polis's export layout when people vote, as
 * ideas and ratings when they rate. Plain links: the browser downloads what the server names.
 */
export function ConversationExports({ conversation }: { conversation: Pick<ConversationDetail, 'id' | 'mode'> }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="conversation-exports">
      <div className="card-header">
        <div>
          <h2 id="conversation-exports">{t('conversationExports.title')}</h2>
          <p>{t(conversation.mode === 'vote' ? 'conversationExports.voteIntro' : 'conversationExports.rateIntro')}</p>
        </div>
      </div>
      <div className="card-body">
        <ul className="conversation-exports-list">
          {filesOf[conversation.mode].map(({ file, label }) => (
            <li key={file}>
              <a href={`/api/conversations/${conversation.id}/export/${file}.csv`} download>
                {t(label)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
