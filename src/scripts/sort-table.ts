/**
 * Sortable tables: each column heading of a `table[data-sortable]` becomes a button that sorts the rows by the
 * column's `data-value`s (numbers where the heading says `data-sort="number"`), ascending then descending. Without
 * JavaScript the table is the same table in its first order. Only existing rows move; nothing is built from text.
 */
export function sortableTables(): void {
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    const body = table.tBodies[0];
    const headings = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
    if (!body) continue;
    headings.forEach((th, column) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        for (const other of headings) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const numeric = th.dataset['sort'] === 'number';
        const value = (row: HTMLTableRowElement) => row.cells[column]?.dataset['value'] ?? '';
        const rows = [...body.rows].sort((a, b) => {
          const [x, y] = [value(a), value(b)];
          if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1; // silent cells last, either way
          const order = numeric ? Number(x) - Number(y) : x.localeCompare(y, document.documentElement.lang);
          return ascending ? order : -order;
        });
        body.append(...rows);
      });
    });
    table.closest('section, main')?.querySelector<HTMLElement>('.sort-hint')?.removeAttribute('hidden');
  }
}
