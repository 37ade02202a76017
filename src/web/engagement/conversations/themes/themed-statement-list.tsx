import { useI18n } from '../../../app/i18n/i18n-provider';
import { Badge } from '../../../app/ui/badge';
import type { ConversationTheme, ThemedStatement } from './conversation-themes-api';

interface Props {
  statements: ThemedStatement[];
  /** The theme they are in now, or null ("not sorted" or new). */
  currentThemeId: string | null;
  themes: ConversationTheme[];
  canMove: boolean;
  isBusy: boolean;
  onMove: (statement: ThemedStatement, themeId: string | null) => void;
}

/**
 * Statements of a theme (or of none), each with its own "Move to" choice: choosing a theme moves it
 * at once. Team statements are labelled as such, as everywhere in a conversation.
 */
export function ThemedStatementList({ statements, currentThemeId, themes, canMove, isBusy, onMove }: Props) {
  const { t } = useI18n();
  return (
    <ul className="themed-statements">
      {statements.map((statement) => (
        <li key={statement.id} className="themed-statement">
          <p className="themed-statement-text" lang={statement.language}>
            {statement.is_seed && <Badge tone="info">{t('conversationThemes.seed')}</Badge>} {statement.text}
          </p>
          {canMove && (
            <select
              className="select themed-statement-move"
              value=""
              disabled={isBusy}
              aria-label={t('conversationThemes.moveTo', { text: shortened(statement.text) })}
              onChange={(event) => event.target.value && onMove(statement, event.target.value === 'none' ? null : event.target.value)}
            >
              <option value="">{t('conversationThemes.moveChoose')}</option>
              {themes
                .filter((theme) => theme.id !== currentThemeId)
                .map((theme) => (
                  <option key={theme.id} value={theme.id}>
                    {theme.label}
                  </option>
                ))}
              {currentThemeId !== null && <option value="none">{t('conversationThemes.notSorted')}</option>}
            </select>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A statement's first words, for the name of its "Move to" choice (screen readers read it out). */
const shortened = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
