import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './pages.ts';

/** Files only in one tree, and files whose bytes differ (with the first differing spot, for text). */
export function diffTrees(a: string, b: string): string[] {
  const left = new Set(listFiles(a));
  const right = new Set(listFiles(b));
  const out: string[] = [];
  for (const f of left) if (!right.has(f)) out.push(`${f}: only in the first build`);
  for (const f of right) if (!left.has(f)) out.push(`${f}: only in the second build`);
  for (const f of left) {
    if (!right.has(f)) continue;
    const x = readFileSync(join(a, f));
    const y = readFileSync(join(b, f));
    if (x.equals(y)) continue;
    let i = 0;
    while (i < x.length && x[i] === y[i]) i++;
    const text = /\.(html|css|js|xml|json|txt|csv|svg)$/.test(f);
    const at = (buf: Buffer): string => JSON.stringify(buf.subarray(Math.max(0, i - 40), i + 60).toString('utf8'));
    out.push(text ? `${f}: differs at byte ${i}: ${at(x)} vs ${at(y)}` : `${f}: differs at byte ${i} (${x.length} vs ${y.length} bytes)`);
  }
  return out.sort();
}
