import { useState, type ReactNode } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { ThemeCard } from './theme-card';
import type { ThemeCardKeys, ThemedItemKeys } from './theme-keys';

const SHOWN_AT_FIRST = 3;

/** What a theme lists (a conversation's idea, a public comment). */
export interface ThemedItem {
  id: string;
  text: string;
}

/** A theme as the lists need it. */
export interface ItemTheme {
  id: string;
  label: string;
  count: number;
  words: string[];
}

interface ListProps<Item extends ThemedItem> {
  items: Item[];
  /** The theme they are in now, or null ("not sorted" or new). */
  currentThemeId: string | null;
  themes: ItemTheme[];
  keys: ThemedItemKeys;
  canMove: boolean;
  isBusy: boolean;
  onMove: (item: Item, themeId: string | null) => void;
  /** The item itself, in its kind's way (a team statement's label, a comment's part of the plan). */
  children: (item: Item) => ReactNode;
}

/** Items of a theme (or of none), each with its own "Move to" choice: choosing a theme moves it at once. */
export function ThemedItemList<Item extends ThemedItem>({ items, currentThemeId, themes, keys, canMove, isBusy, onMove, children }: ListProps<Item>) {
  const { t } = useI18n();
  return (
    <ul className="themed-items">
      {items.map((item) => (
        <li key={item.id} className="themed-item">
          {children(item)}
          {canMove && (
            <select
              className="select themed-item-move"
              value=""
              disabled={isBusy}
              aria-label={t(keys.moveLabel, { text: shortened(item.text) })}
              onChange={(event) => event.target.value && onMove(item, event.target.value === 'none' ? null : event.target.value)}
            >
              <option value="">{t(keys.moveChoose)}</option>
              {themes
                .filter((theme) => theme.id !== currentThemeId)
                .map((theme) => (
                  <option key={theme.id} value={theme.id}>
                    {theme.label}
                  </option>
                ))}
              {currentThemeId !== null && <option value="none">{t(keys.notSorted)}</option>}
            </select>
          )}
        </li>
      ))}
    </ul>
  );
}

/** An item's first words, for the name of its "Move to" choice (screen readers read it out). */
const shortened = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

interface CardProps<Item extends ThemedItem> extends Omit<ListProps<Item>, 'currentThemeId' | 'canMove' | 'keys'> {
  theme: ItemTheme;
  keys: ThemeCardKeys & ThemedItemKeys;
  canEdit: boolean;
  isSelected: boolean;
  onSelect: () => void;
  onRename: (label: string) => Promise<boolean>;
  onSplit: () => void;
  footer?: ReactNode;
}

/** A theme card listing its items nearest the centre first: three, then all on request. */
export function ThemedItemsCard<Item extends ThemedItem>({ theme, items, themes, keys, canEdit, isBusy, onMove, children, ...card }: CardProps<Item>) {
  const { t } = useI18n();
  const [isShowingAll, setIsShowingAll] = useState(false);
  const shown = isShowingAll ? items : items.slice(0, SHOWN_AT_FIRST);
  const showAll = items.length > SHOWN_AT_FIRST && (
    <Button size="small" variant="quiet" aria-expanded={isShowingAll} onClick={() => setIsShowingAll(!isShowingAll)}>
      {isShowingAll ? t(keys.showFewer) : t(keys.showAll, { count: items.length })}
    </Button>
  );
  return (
    <ThemeCard theme={theme} keys={keys} canEdit={canEdit} isBusy={isBusy} actions={showAll} {...card}>
      <ThemedItemList items={shown} currentThemeId={theme.id} themes={themes} keys={keys} canMove={canEdit} isBusy={isBusy} onMove={onMove}>
        {children}
      </ThemedItemList>
    </ThemeCard>
  );
}
