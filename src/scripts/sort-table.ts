/**
 * Sortable tables: each column heading of a `table[data-sortable]` becomes a button that sorts the rows by the
 * column's `data-value`s (numbers where the heading says `data-sort="number"`), ascending then descending. On a
 * phone the headings are hidden (each row is a block), so a "Sort by" list above the table offers the same
 * orders (in the page's `.sort-slot`); its words come from the table's `data-sort-by`, `data-ascending` and
 * `data-descending`. Without JavaScript the table is the same table in its first order. Only existing rows move; nothing is built from text.
 */
export function sortableTables(): void {
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    const body = table.tBodies[0];
    const headings = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
    if (!body) continue;
    const words = table.dataset;
    const select = document.createElement('select');

    const sortBy = (column: number, ascending: boolean) => {
      for (const other of headings) other.removeAttribute('aria-sort');
      const th = headings[column]!;
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      select.value = `${column}:${ascending ? 'a' : 'd'}`;
      const numeric = th.dataset['sort'] === 'number';
      const value = (row: HTMLTableRowElement) => row.cells[column]?.dataset['value'] ?? '';
      const rows = [...body.rows].sort((a, b) => {
        const [x, y] = [value(a), value(b)];
        if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1; // silent cells last, either way
        const order = numeric ? Number(x) - Number(y) : x.localeCompare(y, document.documentElement.lang);
        return ascending ? order : -order;
      });
      body.append(...rows);
    };

    headings.forEach((th, column) => {
      const name = th.textContent?.trim() ?? '';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => sortBy(column, th.getAttribute('aria-sort') !== 'ascending'));
      for (const [code, word] of [
        ['a', words['ascending']],
        ['d', words['descending']],
      ] as const)
        select.add(new Option(`${name}, ${word ?? code}`, `${column}:${code}`));
    });

    select.add(new Option('—', ''), 0);
    select.selectedIndex = 0;
    select.addEventListener('change', () => {
      if (!select.value) return;
      const [column, code] = select.value.split(':');
      sortBy(Number(column), code === 'a');
    });
    const label = document.createElement('label');
    label.className = 'sort-bar';
    label.append(`${words['sortBy'] ?? ''} `, select);
    // Both go into room the page keeps for them, so nothing below moves when the script runs.
    const scope = table.closest('section, main');
    scope?.querySelector('.sort-slot')?.append(label);
    scope?.querySelector<HTMLElement>('.sort-hint')?.removeAttribute('data-pending');
  }
}
