/**
 * The search column of the build benchmark: what a reader's browser transfers (gzip, as a compressing host sends it)
 * for the first results of a query on a built site, the largest of three queries in both languages, measured in
 * Chromium by scripts/search-bytes.ts.
 */
import { searchBytes } from '../search-bytes.ts';

const QUERIES = ['thanh binh', 'huyen tung', 'che bien nong san'];

export async function searchBytesPerQuery(dist: string): Promise<string> {
  const results = await searchBytes({ dist, queries: QUERIES });
  return `${(Math.max(...results.map((r) => r.gzip)) / 1024).toFixed(1)} KB (gzip, largest of ${results.length})`;
}
