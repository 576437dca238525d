import { parse, YAMLParseError } from 'yaml';
import { InputError } from '../lib/article/errors.ts';

/** YAML text to data; a syntax error names the file, its line and column, and what the parser expected. */
export function parseYaml(file: string, source: string): unknown {
  try {
    return parse(source);
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const at = error.linePos?.[0];
    const where = at ? `line ${at.line}, column ${at.col}` : 'yaml';
    const what = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError(
      file,
      where,
      `is not valid YAML (${what})`,
      'fix the indentation or quoting there: nested fields are indented by two spaces, and text with ": " or " #" needs quotes',
    );
  }
}
