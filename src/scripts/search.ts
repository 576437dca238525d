/**
 * The search page's behaviour: runs the query (and the kind and sector filters) in Pagefind's index of the page's
 * language, as the reader types, and lists the results. Nothing from the index or the query becomes markup: titles
 * and the query are set as text, and an excerpt is copied node by node, keeping only its text and <mark>s.
 */

/** The part of Pagefind's browser API (pagefind/pagefind.js, written by the build) this page uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  debouncedSearch(term: string, options: { filters: Record<string, string> }, ms: number): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}

/** Results shown at once, and added by each "show more": five, as Pagefind's own interface does; each costs a fragment download. */
const PAGE = 5;

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

/** Pagefind's excerpt (escaped text with <mark> around the matches) as nodes: text and <mark> only, whatever it holds. */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html').body; // inert: nothing runs or loads
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

export function initSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form.search-form');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const kind = form?.querySelector<HTMLSelectElement>('select[name="kind"]');
  const sector = form?.querySelector<HTMLSelectElement>('select[name="sector"]');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more');
  if (!form || !input || !kind || !sector || !status || !list || !more) return;
  const text = form.dataset as Record<'bundle' | 'base' | 'one' | 'many' | 'none' | 'failed', string>;
  const kindName = new Map([...kind.options].map((o) => [o.value, o.text]));

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  kind.value = params.get('kind') ?? '';
  sector.value = params.get('sector') ?? '';
  if (kind.selectedIndex < 0) kind.value = '';
  if (sector.selectedIndex < 0) sector.value = '';

  /** The same query and filters on another page (this one, the other language's search page). */
  const withQuery = (href: string) => {
    const url = new URL(href, location.href);
    for (const [key, value] of [
      ['q', input.value.trim()],
      ['kind', kind.value],
      ['sector', sector.value],
    ] as const) {
      if (value) url.searchParams.set(key, value);
      else url.searchParams.delete(key);
    }
    return url.href;
  };
  const carry = () => {
    history.replaceState(null, '', withQuery(location.href));
    for (const a of document.querySelectorAll<HTMLAnchorElement>('#search-other, .lang-switch a[hreflang]')) a.href = withQuery(a.href);
  };

  const item = (data: ResultData): HTMLLIElement => {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = kindName.get(data.filters['kind']?.[0] ?? '') ?? '';
    const excerpt = document.createElement('p');
    excerpt.className = 'muted';
    excerpt.append(...excerptNodes(data.excerpt));
    li.append(link, ' ', badge, excerpt);
    return li;
  };

  let pagefind: Pagefind | undefined;
  let pending: { data(): Promise<ResultData> }[] = [];
  /** Counts the queries, so that results arriving for an older one are dropped. */
  let generation = 0;
  const showMore = async () => {
    const asked = generation;
    const next = await Promise.all(pending.splice(0, PAGE).map((r) => r.data()));
    if (asked !== generation) return;
    list.append(...next.map(item));
    more.hidden = pending.length === 0;
  };

  const run = async () => {
    carry();
    const q = input.value.trim();
    if (!pagefind) return;
    const asked = ++generation;
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    const filters: Record<string, string> = {};
    if (kind.value) filters['kind'] = kind.value;
    if (sector.value) filters['sector'] = sector.value;
    const search = await pagefind.debouncedSearch(q, { filters }, 150);
    if (!search || asked !== generation) return; // a newer query superseded this one
    const n = search.results.length;
    pending = [...search.results];
    list.replaceChildren();
    await showMore();
    if (asked !== generation) return;
    status.textContent = fill(n === 0 ? text.none : n === 1 ? text.one : text.many, { n, q });
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  kind.addEventListener('change', () => void run());
  sector.addEventListener('change', () => void run());
  more.addEventListener('click', () => void showMore());

  import(/* @vite-ignore */ `${text.bundle}pagefind.js`)
    .then(async (module: Pagefind) => {
      // The main thread is enough for an index this size and saves loading Pagefind's worker script. Words typed with
      // their diacritics weigh three times those matched without (Pagefind's default, 1.8 times, let a page that only
      // says "huyện … từng" outrank one that says "Huyền Tụng" for the query "Huyền Tụng").
      await module.options({ baseUrl: text.base, noWorker: true, excerptLength: 24, ranking: { diacriticSimilarity: 2 } });
      pagefind = module;
      await run();
    })
    .catch((error: unknown) => {
      status.textContent = text.failed;
      console.error('search: cannot load the Pagefind index', error);
    });
}
