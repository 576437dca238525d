/**
 * A first guess at a figure's metric and topic (src/lib/model.ts) from its unit, its counted noun and the words of
 * its clause. Only a proposal in the draft: the maintainer confirms or changes it.
 */
import type { Fact, Content } from '../types.ts';
import type { Topic } from '../model.ts';
import type { Quantity } from '../vn-number.ts';
import { foldDiacritics } from '../text.ts';

type Metric = Fact['metric'];

const has = (context: string, ...words: string[]) => words.some((w) => context.includes(w));

function metricOf(q: Quantity, c: string): Metric {
  const noun = foldDiacritics(q.noun ?? '').toLowerCase();
  switch (q.unit) {
    case 'ha':
    case 'km2':
    case 'm2':
      return 'area';
    case 'people':
      return 'workers';
    case 'vnd-per-person-month':
      return 'income';
    case 'percent-per-year':
      return 'growth';
    case 'tonnes':
    case 'tonnes-per-year':
    case 'm3':
    case 'm3-per-year':
      return 'capacity';
    case 'years':
      return 'years';
    case 'rank':
      return 'rank';
    case 'percent':
      return has(c, 'tang truong', 'tang binh quan', 'tang ') && !has(c, 'lap day', 'ty le') ? 'growth' : 'share';
    case 'usd':
      return has(c, 'xuat khau') ? 'exports' : has(c, 'doanh thu') ? 'revenue' : 'capital';
    case 'vnd':
      if (has(c, 'doanh thu')) return 'revenue';
      if (has(c, 'gia tri san xuat', 'san xuat cong nghiep')) return 'output';
      if (has(c, 'xuat khau')) return 'exports';
      if (has(c, 'kinh phi', 'ngan sach', 'bo tri von', 'nguon von')) return 'budget';
      return 'capital';
    default:
      if (/cum cong nghiep|khu cong nghiep|^kcn$|^ccn$|khu kinh te/u.test(noun)) return 'zones';
      if (/hop tac xa|^htx$/u.test(noun)) return 'cooperatives';
      if (/san pham/u.test(noun)) return 'products';
      return 'projects';
  }
}

function topicOf(metric: Metric, c: string, owner: string, content: Content): Topic {
  const province = owner.startsWith('provinces/') ? content.provinces.find((p) => `provinces/${p.id}` === owner) : undefined;
  if (province?.role === 'peer')
    return metric === 'zones' || has(c, 'khu cong nghiep', 'kcn') ? (has(c, 'cum', 'ccn') ? 'peer-clusters' : 'peer-parks') : 'peer-economy';
  if (province) {
    if (has(c, 'phuong an phat trien cum', 'cum cong nghiep', 'ccn') && !has(c, 'ha tang')) return 'cluster-plan';
    if (has(c, 'ha tang')) return 'infrastructure-plan';
    if (has(c, 'cham tien do', 'thu hoi', 'chua trien khai', 'chua hoat dong')) return 'stalled-projects';
    return 'industry-results';
  }
  if (has(c, 'phan dau', 'muc tieu', 'chi tieu', 'ke hoach', 'du kien')) return 'targets';
  if (metric === 'area') return 'land';
  if (metric === 'revenue' || metric === 'exports' || metric === 'output' || metric === 'growth') return 'performance';
  return 'operations';
}

/** `context`: the figure's clause. `owner`: "zones/<id>", "provinces/<id>" or "?". */
export function guessMetric(q: Quantity, context: string, owner: string, content: Content): { metric: Metric; topic: Topic } {
  const c = foldDiacritics(context).toLowerCase();
  const metric = metricOf(q, c);
  return { metric, topic: topicOf(metric, c, owner, content) };
}
