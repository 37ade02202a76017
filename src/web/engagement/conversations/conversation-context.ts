import { useOutletContext } from 'react-router';
import type { Resource } from '../../app/use-resource';
import type { ConversationDetail } from './conversations-api';

/** What the conversation's layout hands each of its tabs: the conversation, loaded once, and ways to refresh it. */
export interface ConversationContext {
  organizationId: string;
  conversation: ConversationDetail;
  setConversation: (conversation: ConversationDetail) => void;
  reload: Resource<ConversationDetail>['reload'];
  canEdit: boolean;
  /** engagement.moderate: sees pending and hidden statements, accepts and hides. */
  canModerate: boolean;
}

export const useConversation = () => useOutletContext<ConversationContext>();
