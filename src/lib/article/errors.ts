/** A problem with an input file: names the file, the field and the fix, so the maintainer can act on it. */
export class InputError extends Error {
  readonly file: string;
  readonly field: string;
  readonly fix: string;
  constructor(file: string, field: string, problem: string, fix: string) {
    super(`${file}: ${field}: ${problem}. Fix: ${fix}`);
    this.name = 'InputError';
    this.file = file;
    this.field = field;
    this.fix = fix;
    // The message names the file, the field and the fix: a stack trace into the build would only bury it.
    this.stack = `${this.name}: ${this.message}`;
  }
}
