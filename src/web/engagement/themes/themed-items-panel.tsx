import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import type { ThemedItemsPanelKeys } from './theme-keys';
import { FindThemesButton, MergeThemesBar, ReplaceThemesDialog, ThemeSetAlerts, useThemeSelection } from './theme-set-parts';
import { ThemedItemList, ThemedItemsCard, type ItemTheme, type ThemedItem } from './themed-items';
import type { ThemeSet, ThemeSetLike } from './use-theme-set';
import './themes.css';

/** A theme set whose themes list their items, and the items in none. */
interface ItemThemeSet<Item> extends ThemeSetLike {
  themes: Array<ItemTheme & { version: number }>;
  unsorted: Item[];
}

type ThemeOf<T extends ItemThemeSet<ThemedItem>> = T['themes'][number];

interface Props<T extends ItemThemeSet<Item>, Item extends ThemedItem> {
  set: ThemeSet<T>;
  data: T;
  /** How many there are to group. */
  total: number;
  itemsOf: (theme: ThemeOf<T>) => Item[];
  /** Come in since the themes were found. */
  newItems: Item[];
  canEdit: boolean;
  keys: ThemedItemsPanelKeys;
  /** The section's class and its heading's id, so each kind keeps its own. */
  name: string;
  /** The cards' class: each kind sets their width. */
  cardsClassName: string;
  /** An item in its kind's way (a team statement's label, a comment's part of the plan). */
  renderItem: (item: Item) => ReactNode;
  /** Under a card's buttons: a public comment theme's decision. */
  cardFooter?: (theme: ThemeOf<T>) => ReactNode;
}

/**
 * The Themes tab of a kind whose themes list their items (a conversation's ideas, a comment
 * window's comments): planners find them (again, after a warning), rename, merge, split, and move
 * an item to another theme; the items in no theme, and those come in since, are listed after.
 */
export function ThemedItemsPanel<T extends ItemThemeSet<Item>, Item extends ThemedItem>(props: Props<T, Item>) {
  const { set, data, total, itemsOf, canEdit, keys, name, renderItem, cardFooter } = props;
  const { t, locale } = useI18n();
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);
  const themes: Array<ThemeOf<T>> = data.themes;
  const selection = useThemeSelection(set, themes);
  const hasThemes = themes.length > 0;
  const move = (item: Item, themeId: string | null) => void set.move([item.id], themeId);
  const list = (items: Item[]) => (
    <ThemedItemList items={items} currentThemeId={null} themes={themes} keys={keys} canMove={canEdit} isBusy={set.isBusy} onMove={move}>
      {renderItem}
    </ThemedItemList>
  );

  return (
    <section className={`card ${name}`} aria-labelledby={`${name}-heading`}>
      <div className="card-header theme-set-header">
        <div className="theme-set-intro">
          <h2 id={`${name}-heading`}>{t(keys.title)}</h2>
          <p className="muted">
            {t(keys.total, { count: number(total) })}. {t(keys.intro)}
          </p>
        </div>
        {canEdit && (
          <div className="theme-set-find">
            <FindThemesButton set={set} hasThemes={hasThemes} isEmpty={total === 0} keys={keys} />
            {hasThemes && <p className="muted theme-set-warning">{t(keys.findAgainHint)}</p>}
          </div>
        )}
      </div>
      <div className="card-body stack">
        <ThemeSetAlerts set={set} data={data} total={number(total)} keys={keys} />
        {!hasThemes && !set.isRunning && !set.isFinding && <p className="muted">{total === 0 ? t(keys.noItems) : t(keys.none)}</p>}
        {canEdit && themes.length > 1 && <MergeThemesBar set={set} selection={selection} keys={keys} />}
        {hasThemes && (
          <ol className={`theme-cards ${props.cardsClassName}`}>
            {themes.map((theme) => (
              <ThemedItemsCard
                key={theme.id}
                theme={theme}
                items={itemsOf(theme)}
                themes={themes}
                keys={keys}
                canEdit={canEdit}
                {...selection.cardProps(theme)}
                onMove={move}
                footer={cardFooter?.(theme)}
              >
                {renderItem}
              </ThemedItemsCard>
            ))}
          </ol>
        )}
        {hasThemes && props.newItems.length > 0 && (
          <OtherItems title={t(keys.newTitle)} hint={t(keys.newHint)} count={t(keys.count, { count: props.newItems.length })}>
            {list(props.newItems)}
          </OtherItems>
        )}
        {data.unsorted.length > 0 && (
          <OtherItems title={t(keys.unsortedTitle)} hint={t(keys.unsortedHint)} count={t(keys.count, { count: data.unsorted.length })}>
            {list(data.unsorted)}
          </OtherItems>
        )}
      </div>
      <ReplaceThemesDialog set={set} keys={keys} />
    </section>
  );
}

/** Items in no theme (not sorted, or come in since), under their own heading. */
function OtherItems({ title, hint, count, children }: { title: string; hint: string; count: string; children: ReactNode }) {
  return (
    <section className="theme-set-other" aria-label={title}>
      <h3 className="theme-label">
        {title} <span className="theme-count">{count}</span>
      </h3>
      <p className="muted theme-words">{hint}</p>
      {children}
    </section>
  );
}
