/**
 * The search page's behaviour: shows the form, loads the index, and on each keystroke hides, shows and
 * reorders the entries the page already lists. It only toggles and moves existing elements; the query is
 * shown through textContent, so nothing a reader types or the index holds becomes markup.
 */
import { rankEntries, type IndexedEntry } from '../lib/search.ts';

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

export function initSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form.search-form');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  if (!form || !input || !status || !list) return;
  const items = new Map([...list.querySelectorAll<HTMLLIElement>('li[data-id]')].map((li) => [li.dataset['id']!, li]));
  const order = [...items.keys()];
  const text = form.dataset as Record<'index' | 'all' | 'one' | 'many' | 'none', string>;
  let index: IndexedEntry[] = [];

  const show = (ids: string[]) => {
    const shown = new Set(ids);
    for (const [id, li] of items) li.hidden = !shown.has(id);
    for (const id of ids) list.append(items.get(id)!); // in rank order
  };
  const withQuery = (href: string, q: string) => {
    const url = new URL(href, location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    return url.href;
  };
  const run = () => {
    const q = input.value.trim();
    history.replaceState(null, '', withQuery(location.href, q));
    // the same search in the other language is one click away
    for (const a of document.querySelectorAll<HTMLAnchorElement>('.lang-switch a[hreflang]')) a.href = withQuery(a.href, q);
    if (!q) {
      show(order);
      status.textContent = fill(text.all, { n: order.length });
      return;
    }
    const ids = rankEntries(q, index).filter((id) => items.has(id));
    show(ids);
    status.textContent = fill(ids.length === 0 ? text.none : ids.length === 1 ? text.one : text.many, { n: ids.length, q });
  };

  form.hidden = false;
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  fetch(text.index)
    .then((response) => {
      if (!response.ok) throw new Error(`${text.index}: HTTP ${response.status}`);
      return response.json() as Promise<IndexedEntry[]>;
    })
    .then((entries) => {
      index = entries;
      input.addEventListener('input', run);
      run();
    })
    .catch((error: unknown) => {
      form.hidden = true; // without an index the page stays the full list it was
      console.error('search: cannot load the index', error);
    });
}
