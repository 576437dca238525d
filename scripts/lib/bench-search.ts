/**
 * The search column of the build benchmark: bytes a reader's browser transfers for the first results of one query
 * on a built site. The search helper (Pagefind) fills it in; until then it measures nothing and the table says "n/a".
 */
export async function searchBytesPerQuery(_dist: string): Promise<number | undefined> {
  return undefined;
}
