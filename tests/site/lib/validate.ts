import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { ROOT } from './build.ts';

/** html-validate with the project's .htmlvalidate.json, wherever the build folder is (temp folders too). */
const validator = new HtmlValidate(JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData);

/** Every error and warning in one HTML file, as "line:col rule: message (selector)". */
export async function validateHtml(path: string): Promise<string[]> {
  const report = await validator.validateString(readFileSync(path, 'utf8'), path);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`));
}
