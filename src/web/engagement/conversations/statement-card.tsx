import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { textIn } from '../../../core/engagement/likert-scales';
import { languageName } from '../surveys/survey-words';
import { useConversation } from './conversation-context';
import { statementStatusLabel } from './conversation-words';
import type { StatementReply, TeamStatement } from './conversations-api';
import { ModerationControls, reasonText } from './moderation-queue';
import { percentOf } from './opinion-map-model';
import { StatementReplyEditor } from './statement-reply';
import { StatementTranslationsEditor, translationLanguages } from './statement-translations';

const statusTone = { accepted: 'success', pending: 'warning', hidden: 'neutral' } as const;

/** One statement as the team sees it: its words, who wrote it, its votes or ratings, its moderation, its translations and the leaders' reply. */
export function StatementCard({ statement, onChange }: { statement: TeamStatement; onChange: (statement: TeamStatement) => void }) {
  const { t, locale } = useI18n();
  const { conversation, canEdit, canModerate } = useConversation();
  const [isReplying, setIsReplying] = useState(false);
  const [isTranslating, setIsTranslating] = useState(false);
  // Moderators translate (engagement.moderate: moderators, planners and administrators); a hidden idea is shown to nobody, so needs none.
  const otherLanguages = canModerate && statement.status !== 'hidden' ? translationLanguages(conversation.languages, statement) : [];
  const untranslated = otherLanguages.filter((code) => !statement.translations[code]);
  const translation = statement.language !== locale ? statement.translations[locale] : undefined;
  const reply = statement.reply;
  const shown = (texts: Record<string, string> | null | undefined) => (texts ? textIn(texts, locale, [...conversation.languages, ...Object.keys(texts)]) : '');

  return (
    <li className="statement-card">
      <p className="statement-text" lang={statement.language}>
        {statement.text}
      </p>
      {translation && (
        <p className="statement-translation muted" lang={locale}>
          {t('conversationStatements.translation')}: {translation}
        </p>
      )}
      <p className="statement-facts">
        {statement.is_seed && <Badge tone="info">{t('conversationStatements.seed')}</Badge>}
        {statement.external_id && <span className="muted">{t('conversationStatements.imported', { id: statement.external_id })}</span>}
        {statement.status !== 'accepted' && <Badge tone={statusTone[statement.status]}>{t(statementStatusLabel(statement.status))}</Badge>}
        {statement.moderation_reason && <span className="muted">{t('conversationStatements.hiddenFor', { reason: reasonText(statement.moderation_reason, locale) })}</span>}
        {untranslated.length > 0 && <span className="muted">{t('moderation.translations.missing', { languages: untranslated.map((code) => languageName(locale, code)).join(', ') })}</span>}
      </p>
      <p className="statement-votes">
        {conversation.mode === 'vote'
          ? t('conversationStatements.voteCounts', {
              count: statement.votes,
              agree: percentOf(statement.agree, statement.votes),
              disagree: percentOf(statement.disagree, statement.votes),
              pass: percentOf(statement.pass, statement.votes),
            })
          : statement.mean_rating === null
            ? t('conversationStatements.noRatings')
            : t('conversationStatements.ratingCounts', { count: statement.votes, mean: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(statement.mean_rating) })}
      </p>
      {(reply?.reply || reply?.what_we_did) && !isReplying && (
        <dl className="statement-reply">
          {reply.reply && (
            <>
              <dt>{t('conversationStatements.reply')}</dt>
              <dd>{shown(reply.reply)}</dd>
            </>
          )}
          {reply.what_we_did && (
            <>
              <dt>{t('conversationStatements.whatWeDid')}</dt>
              <dd>{shown(reply.what_we_did)}</dd>
            </>
          )}
        </dl>
      )}
      <div className="statement-actions">
        {canModerate && <ModerationControls statement={statement} onModerated={onChange} />}
        {canEdit && statement.status === 'accepted' && (
          <Button size="small" variant="quiet" aria-expanded={isReplying} onClick={() => setIsReplying(!isReplying)}>
            {isReplying ? t('conversationStatements.doneReplying') : reply?.reply ? t('conversationStatements.editReply') : t('conversationStatements.writeReply')}
          </Button>
        )}
        {otherLanguages.length > 0 && (
          <Button size="small" variant="quiet" aria-expanded={isTranslating} onClick={() => setIsTranslating(!isTranslating)}>
            {isTranslating ? t('moderation.translations.done') : untranslated.length === otherLanguages.length ? t('moderation.translations.add') : t('moderation.translations.edit')}
          </Button>
        )}
      </div>
      {isTranslating && <StatementTranslationsEditor statement={statement} onSaved={onChange} />}
      {isReplying && <StatementReplyEditor statement={statement} onSaved={(saved: StatementReply) => onChange({ ...statement, reply: saved })} />}
    </li>
  );
}
