import { createHash } from 'node:crypto';

/**
 * The room page's one script, a progressive enhancement of the server-drawn page: while the page is
 * in sight it asks the room's state every four seconds (without the charts' data) and brings the
 * page up to date in place: new observations appear under their chart, hidden ones go, the board's
 * dots, ranks and the person's own dots move, new items appear in their quadrant, priorities show.
 * It never touches a form field, so nothing being typed is lost; the forms still post as they do
 * without it.
 *
 * As the conversation page's script, it is written here in TypeScript, checked against the DOM,
 * and served as this function's compiled text: it names nothing outside itself but the browser's.
 */
export function retreatPageScript(): void {
  interface Observation {
    id: string;
    kind: 'notice' | 'wonder';
    body: string;
    is_mine: boolean;
  }
  interface Item {
    id: string;
    quadrant: string;
    text: string;
    dots: number;
    rank: number;
    is_tied: boolean;
    my_dots: number;
  }
  interface State {
    retreat: { status: string; dots_per_person: number };
    me: { participant_id: string } | null;
    charts: Array<{ id: string; observations: Observation[] }>;
    swot: Item[];
    dots_left: number;
    priorities: Array<{ id: string; title: string }>;
  }
  interface Config {
    api: string;
    total: number;
    words: Record<string, string>;
  }

  const root = document.getElementById('room');
  if (!root || !window.fetch || !window.JSON) return;
  const config = JSON.parse(root.getAttribute('data-room') ?? '{}') as Config;
  const words = config.words;
  const live = document.getElementById('live')!;
  const fill = (template: string | undefined, values: Record<string, string | number>) => (template ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  const dotsText = (dots: number) => (dots === 1 ? words.dotsOne! : fill(words.dotsMany, { count: dots }));
  const setText = (parent: ParentNode, selector: string, text: string) => {
    const element = parent.querySelector(selector);
    if (element && element.textContent !== text) element.textContent = text;
  };
  const showEmpty = (container: Element, isEmpty: boolean) => {
    const note = container.querySelector<HTMLElement>('[data-empty]');
    if (note) note.hidden = !isEmpty;
  };
  let offerReload = false;

  function observationElement(observation: Observation): HTMLLIElement {
    const item = document.createElement('li');
    item.className = observation.kind;
    item.setAttribute('data-id', observation.id);
    const kind = document.createElement('span');
    kind.className = 'kind';
    kind.textContent = words[observation.kind] + ':';
    const body = document.createElement('span');
    body.className = 'body';
    body.textContent = observation.body;
    item.append(kind, ' ', body);
    if (observation.is_mine) {
      const mine = document.createElement('span');
      mine.className = 'mine';
      mine.textContent = words.yours!;
      item.appendChild(mine);
    }
    return item;
  }

  /** Each chart's observations as the room has them now; the count of those someone else added. */
  function updateCharts(state: State): number {
    let added = 0;
    for (const chart of state.charts) {
      const section = document.querySelector('[data-chart="' + chart.id + '"]');
      if (!section) {
        offerReload = true;
        continue;
      }
      const list = section.querySelector('ul.observations')!;
      const wanted = new Set(chart.observations.map((observation) => observation.id));
      list.querySelectorAll('li[data-id]').forEach((item) => {
        if (!wanted.has(item.getAttribute('data-id')!)) item.remove();
      });
      for (const observation of chart.observations) {
        if (list.querySelector('li[data-id="' + observation.id + '"]')) continue;
        list.appendChild(observationElement(observation));
        if (!observation.is_mine) added += 1;
      }
      showEmpty(section, chart.observations.length === 0);
    }
    return added;
  }

  function fillItem(element: HTMLElement, item: Item) {
    element.id = 'item-' + item.id;
    element.setAttribute('data-id', item.id);
    setText(element, '.item-text', item.text);
    setText(element, '.dots-total', dotsText(item.dots));
    setText(element, '.item-rank', fill(item.is_tied ? words.tiedRank : words.rank, { rank: item.rank }));
    setText(element, '.my-dots', fill(words.myDots, { count: item.my_dots }));
    const field = element.querySelector<HTMLInputElement>('input[name=item]');
    if (field) field.value = item.id;
    const less = element.querySelector<HTMLButtonElement>('button.less');
    const more = element.querySelector<HTMLButtonElement>('button.more');
    if (less) {
      less.value = String(Math.max(0, item.my_dots - 1));
      less.disabled = item.my_dots === 0;
      setText(less, '.sr', fill(words.removeDot, { item: item.text }));
    }
    if (more) {
      more.value = String(item.my_dots + 1);
      setText(more, '.sr', fill(words.addDot, { item: item.text }));
    }
  }

  /** The board's items in the board's order, moving only what is new or changed quadrant (a moved node loses focus). */
  function updateBoard(state: State) {
    const template = document.getElementById('item-template') as HTMLTemplateElement | null;
    const wanted = new Set(state.swot.map((item) => item.id));
    document.querySelectorAll<HTMLElement>('#swot ol.items > li[data-id]').forEach((element) => {
      if (!wanted.has(element.getAttribute('data-id')!)) element.remove();
    });
    document.querySelectorAll<HTMLElement>('#swot .quadrant').forEach((section) => {
      const quadrant = section.getAttribute('data-quadrant');
      const list = section.querySelector('ol.items')!;
      const items = state.swot.filter((item) => item.quadrant === quadrant);
      let previous: Element | null = null;
      for (const item of items) {
        let element = document.getElementById('item-' + item.id);
        if (!element || element.parentElement !== list) {
          if (!element) {
            if (!template) continue;
            element = (template.content.firstElementChild!.cloneNode(true) as HTMLElement);
          }
          list.insertBefore(element, previous ? previous.nextSibling : list.firstChild);
        }
        fillItem(element, item);
        previous = element;
      }
      showEmpty(section, items.length === 0);
    });
    setText(document, '#dots-left', fill(words.dotsLeft, { left: state.dots_left, total: state.retreat.dots_per_person }));
  }

  function updatePriorities(state: State) {
    const section = document.getElementById('priorities');
    const list = document.getElementById('priority-list');
    if (!section || !list) return;
    const titles = state.priorities.map((priority) => priority.title);
    const shown = Array.from(list.children).map((item) => item.textContent);
    if (titles.join('\n') !== shown.join('\n')) {
      list.textContent = '';
      for (const title of titles) {
        const item = document.createElement('li');
        item.textContent = title;
        list.appendChild(item);
      }
    }
    section.hidden = titles.length === 0;
    const link = document.getElementById('priorities-link');
    if (link) link.hidden = titles.length === 0;
  }

  function say(text: string, reload: boolean) {
    live.textContent = text;
    if (reload) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'linklike';
      button.textContent = ' ' + words.showNewCharts;
      button.addEventListener('click', () => location.reload());
      live.appendChild(button);
    }
  }

  function apply(state: State) {
    // Closed meanwhile: the server draws the page that says so.
    if (state.retreat.status !== 'open') return location.reload();
    // The room's API no longer knows this phone (its cookie gone): the page's own counts stay, not another's.
    if (!state.me) return window.clearInterval(timer);
    offerReload = false;
    const added = updateCharts(state);
    updateBoard(state);
    updatePriorities(state);
    if (offerReload) say(words.newCharts!, true);
    else if (added > 0) say(fill(words.newObservations, { count: added }), false);
    else if (live.textContent === words.offline) say('', false);
  }

  let isBusy = false;
  function poll() {
    if (document.visibilityState !== 'visible' || isBusy) return;
    isBusy = true;
    fetch(config.api + '?chart_data=false', { credentials: 'same-origin', headers: { accept: 'application/json' } })
      .then((response) => {
        if (response.status === 404) return location.reload();
        if (!response.ok) throw new Error(String(response.status));
        return response.json().then(apply);
      })
      .catch(() => say(words.offline!, false))
      .then(() => {
        isBusy = false;
      });
  }
  const timer = window.setInterval(poll, 4000);
  document.addEventListener('visibilitychange', poll);
  window.addEventListener('online', poll);
}

/** The script as served. */
export const retreatScriptSource = `(function(){"use strict";
(${retreatPageScript.toString()})();
})();
`;

/** Named by its content, so it is cached for a year and a new version is a new address. */
export const retreatScriptPath = `/r-assets/retreat.${createHash('sha256').update(retreatScriptSource).digest('hex').slice(0, 12)}.js`;
