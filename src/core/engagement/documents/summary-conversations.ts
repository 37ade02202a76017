import { heading, paragraph, type PrintBlock } from '../../plan/documents/printout-blocks.js';
import { wordConversationCitation, type ConversationCitation } from '../conversations/conversation-citations.js';
import type { Count } from '../survey-results-types.js';
import { countText, formatDay, formatNumber, type CellWriter } from './summary-cells.js';
import type { SummaryLanguage, SummaryWords } from './summary-words.js';

/**
 * A conversation of the phase as the summary prints it: its prompt, how and when people took part,
 * what it found (vote mode: the opinion groups, what bridges them and what most people agreed or
 * disagreed with; rate mode: the top ideas by Bayesian average with their number of ratings), and
 * the leaders' replies and what was done. The server gives only findings about enough people.
 */
export interface SummaryConversation {
  /** In the reader's language where the conversation has it. */
  prompt: string;
  mode: 'rate' | 'vote';
  status: 'draft' | 'open' | 'closed';
  openedAt: string | null;
  closedAt: string | null;
  closesAt: string | null;
  groupName: string | null;
  /** The district's threshold: a smaller count is printed hidden. */
  threshold: number;
  participants: Count;
  /** Ideas participants were shown (accepted), and votes or ratings given. */
  statements: number;
  responses: number;
  /** Vote mode: how many opinion groups formed and how many people they hold; null in rate mode. */
  opinionGroups: { groups: number; clustered: Count } | null;
  /** Bridging and consensus statements (vote mode) or top ideas (rate mode), strongest first. */
  findings: readonly ConversationCitation[];
  /** Ideas a leader replied to or closed the loop on, in the reader's language where given. */
  replies: readonly { statement: string; reply: string | null; whatWeDid: string | null }[];
}

const en = {
  conversationsInPhase: (count: number) => (count === 1 ? '1 conversation' : `${count} conversations`),
  aboutConversation: 'About the conversation',
  how: 'How people responded',
  modes: { vote: 'Agree, disagree or pass on each other’s statements', rate: 'Rated each other’s ideas from 1 to 5 stars' },
  participants: 'Participants',
  statements: 'Statements shown',
  votes: 'Votes',
  ratings: 'Ratings',
  opinionGroups: 'Opinion groups',
  groupsFormed: (groups: number, clustered: string) =>
    groups === 0 ? 'Too few people have voted yet for opinion groups to form.' : `Participants formed ${groups === 1 ? 'one opinion group' : `${groups} opinion groups`} (${clustered} people voted enough to be placed in one). A group is a pattern of opinions, not a kind of person.`,
  commonGround: 'Common ground: what every group tends to agree with',
  noCommonGround: 'No statement is agreed with by every opinion group.',
  consensus: 'What most participants agreed or disagreed with',
  noConsensus: 'No statement was clearly agreed or disagreed with by most participants.',
  topIdeas: 'Top ideas',
  topIdeasNote: 'Ranked by a Bayesian average: an idea’s ratings pulled towards the conversation’s mean, so a few five-star ratings do not outrank many good ones. Ideas rated by too few people are left out.',
  topIdeasColumns: ['Idea', 'Average rating', 'Ratings'],
  topIdeasCaption: 'The ideas rated highest',
  noTopIdeas: 'No idea has been rated by enough people yet.',
  replies: 'Leaders’ replies and what we did',
  reply: (text: string) => `Reply: ${text}`,
  whatWeDid: (text: string) => `What we did: ${text}`,
  noReplies: 'No leader has replied to an idea yet.',
};
type ConversationWords = typeof en;
const es: ConversationWords = {
  conversationsInPhase: (count: number) => (count === 1 ? '1 conversación' : `${count} conversaciones`),
  aboutConversation: 'Sobre la conversación',
  how: 'Cómo respondieron las personas',
  modes: { vote: 'De acuerdo, en desacuerdo o paso ante las afirmaciones de los demás', rate: 'Calificaron las ideas de los demás de 1 a 5 estrellas' },
  participants: 'Participantes',
  statements: 'Afirmaciones mostradas',
  votes: 'Votos',
  ratings: 'Calificaciones',
  opinionGroups: 'Grupos de opinión',
  groupsFormed: (groups: number, clustered: string) =>
    groups === 0 ? 'Aún han votado muy pocas personas para que se formen grupos de opinión.' : `Los participantes formaron ${groups === 1 ? 'un grupo de opinión' : `${groups} grupos de opinión`} (${clustered} personas votaron lo suficiente para ubicarse en uno). Un grupo es un patrón de opiniones, no un tipo de persona.`,
  commonGround: 'Terreno común: lo que todos los grupos tienden a aceptar',
  noCommonGround: 'Ninguna afirmación cuenta con el acuerdo de todos los grupos de opinión.',
  consensus: 'Con qué estuvo de acuerdo o en desacuerdo la mayoría',
  noConsensus: 'Ninguna afirmación tuvo un acuerdo o desacuerdo claro de la mayoría.',
  topIdeas: 'Ideas mejor calificadas',
  topIdeasNote: 'Ordenadas por un promedio bayesiano: las calificaciones de cada idea se acercan a la media de la conversación, para que unas pocas de cinco estrellas no superen a muchas buenas. Se omiten las ideas calificadas por muy pocas personas.',
  topIdeasColumns: ['Idea', 'Calificación media', 'Calificaciones'],
  topIdeasCaption: 'Las ideas mejor calificadas',
  noTopIdeas: 'Ninguna idea ha sido calificada aún por suficientes personas.',
  replies: 'Respuestas de los líderes y lo que hicimos',
  reply: (text: string) => `Respuesta: ${text}`,
  whatWeDid: (text: string) => `Lo que hicimos: ${text}`,
  noReplies: 'Ningún líder ha respondido aún a una idea.',
};
export const conversationSummaryWords: Record<SummaryLanguage, ConversationWords> = { en, es };

/** One conversation of the phase: its own part of the summary, headed by its prompt. */
export function conversationBlocks(conversation: SummaryConversation, words: SummaryWords): PrintBlock[] {
  const say = conversationSummaryWords[words.language];
  const writer: CellWriter = { words, threshold: conversation.threshold };
  const blocks: PrintBlock[] = [
    heading(1, conversation.prompt),
    heading(2, say.aboutConversation),
    {
      kind: 'facts',
      items: [
        { label: say.how, value: say.modes[conversation.mode] },
        { label: words.when, value: whenText(conversation, words) },
        ...(conversation.groupName ? [{ label: words.stakeholderGroup, value: conversation.groupName }] : []),
        { label: say.participants, value: countText(conversation.participants, writer) },
        { label: say.statements, value: formatNumber(conversation.statements, words) },
        { label: conversation.mode === 'vote' ? say.votes : say.ratings, value: formatNumber(conversation.responses, words) },
      ],
    },
  ];
  const worded = (kind: ConversationCitation['kind']) =>
    conversation.findings.filter((finding) => finding.kind === kind).map((citation) => ({ text: wordConversationCitation({ citation, language: words.language }) }));
  if (conversation.mode === 'vote') {
    const groups = conversation.opinionGroups ?? { groups: 0, clustered: 0 };
    blocks.push(heading(2, say.opinionGroups), paragraph(say.groupsFormed(groups.groups, countText(groups.clustered, writer))));
    const bridging = worded('bridging');
    blocks.push(heading(3, say.commonGround), bridging.length ? { kind: 'list', items: bridging } : paragraph(say.noCommonGround, 'muted'));
    const consensus = worded('consensus');
    blocks.push(heading(3, say.consensus), consensus.length ? { kind: 'list', items: consensus } : paragraph(say.noConsensus, 'muted'));
  } else {
    const ideas = conversation.findings.filter((finding) => finding.kind === 'top_idea');
    blocks.push(heading(2, say.topIdeas));
    if (!ideas.length) blocks.push(paragraph(say.noTopIdeas, 'muted'));
    else {
      blocks.push(paragraph(say.topIdeasNote, 'muted'), {
        kind: 'table',
        caption: say.topIdeasCaption,
        headers: say.topIdeasColumns,
        rows: ideas.map((idea) => [[idea.text], [formatNumber(idea.mean, words, 1)], [formatNumber(idea.ratings, words)]]),
        widths: [5, 1.6, 1.4],
        numeric: [1, 2],
      });
    }
  }
  blocks.push(heading(2, say.replies));
  const replied = conversation.replies.filter((r) => r.reply || r.whatWeDid);
  if (!replied.length) blocks.push(paragraph(say.noReplies, 'muted'));
  else {
    blocks.push({
      kind: 'list',
      items: replied.map((r) => ({ label: words.quote(r.statement), text: [r.reply ? say.reply(r.reply) : null, r.whatWeDid ? say.whatWeDid(r.whatWeDid) : null].filter(Boolean).join(' · ') })),
    });
  }
  return blocks;
}

function whenText(conversation: SummaryConversation, words: SummaryWords): string {
  const day = (value: string) => formatDay(value, words);
  if (!conversation.openedAt) return words.notOpened;
  if (conversation.status === 'closed' && conversation.closedAt) return words.ranFromTo(day(conversation.openedAt), day(conversation.closedAt));
  if (conversation.closesAt) return words.openFromTo(day(conversation.openedAt), day(conversation.closesAt));
  return words.openSince(day(conversation.openedAt));
}
