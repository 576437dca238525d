/** The vocabulary of the content model: one place for each list. Labels live in src/i18n/*.json. */

export const METRICS = [
  'area', // ha
  'projects', // count of projects
  'zones', // count of parks or clusters
  'workers', // people
  'share', // percent
  'income', // VND per person per month
  'revenue', // VND
  'exports', // USD
  'capital', // VND or USD
  'output', // VND
  'growth', // percent per year or percent
  'capacity', // tonnes/year, m3, ...
  'budget', // VND
  'cooperatives',
  'products',
  'rank',
  'years',
] as const;

export const UNITS = [
  'ha',
  'km2',
  'count',
  'people',
  'percent',
  'percent-per-year',
  'vnd',
  'usd',
  'vnd-per-person-month',
  'tonnes',
  'tonnes-per-year',
  'm3',
  'm3-per-year',
  'years',
  'rank',
] as const;

export const TOPICS = [
  'land', // areas, phases, plans for land
  'operations', // projects, tenants, workers, wages
  'performance', // revenue, exports, output
  'targets', // investment targets
  'cluster-plan', // province cluster plan 2021–2030
  'infrastructure-plan', // province infrastructure plan 2021–2025
  'industry-results', // province industry results 2016–2020
  'stalled-projects', // projects not operating or revoked
  'peer-parks', // Bắc Giang industrial parks
  'peer-clusters', // Bắc Giang industrial clusters
  'peer-economy', // Bắc Giang economy
] as const;

export const QUALIFIERS = ['exact', 'over', 'about', 'nearly', 'at-least', 'target', 'estimate', 'up-to'] as const;

export type Topic = (typeof TOPICS)[number];
