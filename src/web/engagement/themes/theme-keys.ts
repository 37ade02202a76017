import type { MessageKey } from '../../app/i18n/message-catalogue';

/*
 * The three kinds of themes (a survey question's answers, a conversation's ideas, a comment
 * window's comments) say the same things in their own words ("answers", "ideas", "comments"): the
 * shared screens take the keys of a kind's messages by role, and each kind lists them once.
 */

/** A theme's card: select to merge, rename in place, split. */
export interface ThemeCardKeys {
  select: MessageKey;
  renameLabel: MessageKey;
  save: MessageKey;
  cancel: MessageKey;
  /** "{count} answers": how many a theme holds. */
  count: MessageKey;
  words: MessageKey;
  rename: MessageKey;
  split: MessageKey;
}

/** Finding the themes, merging them, asking before the team's edits are replaced, and what a change says. */
export interface ThemeSetKeys {
  done: MessageKey;
  busy: MessageKey;
  tooAlike: MessageKey;
  conflict: MessageKey;
  /** "{count} answers moved." */
  moved: MessageKey;
  find: MessageKey;
  findAgain: MessageKey;
  finding: MessageKey;
  failed: MessageKey;
  interrupted: MessageKey;
  merge: MessageKey;
  mergeHint: MessageKey;
  replaceTitle: MessageKey;
  replaceBody: MessageKey;
  replaceConfirm: MessageKey;
}

/** A card that lists its items (ideas, comments), each with a "Move to" choice. */
export interface ThemedItemKeys {
  showAll: MessageKey;
  showFewer: MessageKey;
  /** The name of an item's "Move to" choice, with the item's first words. */
  moveLabel: MessageKey;
  /** The choice's first option ("Move to…"). */
  moveChoose: MessageKey;
  notSorted: MessageKey;
}

/** The whole Themes tab of a kind whose themes list their items. */
export interface ThemedItemsPanelKeys extends ThemeCardKeys, ThemeSetKeys, ThemedItemKeys {
  title: MessageKey;
  intro: MessageKey;
  /** "{count} accepted ideas": how many there are to group. */
  total: MessageKey;
  findAgainHint: MessageKey;
  none: MessageKey;
  /** Said instead of `none` when there is nothing to group. */
  noItems: MessageKey;
  unsortedTitle: MessageKey;
  unsortedHint: MessageKey;
  newTitle: MessageKey;
  newHint: MessageKey;
}
