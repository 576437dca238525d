import type { GeneratedFiles } from '../lib/generated-files.ts';

/**
 * What the pages hand to the generated-files integration within one build. Astro renders the pages in its own
 * process, from a bundle that has its own copy of every module, so the two sides meet on a global keyed by a
 * registered symbol rather than on a module variable.
 */
/** Counts of one kind of output, for the progress line. */
export interface Count {
  done: number;
  total: number;
}

export interface BuildState {
  files?: GeneratedFiles;
  /** Called when the pages hand over the files, so that rendering can start while the pages are generated. */
  onFiles?: (files: GeneratedFiles) => void;
  pages: Count;
  og: Count;
  qr: Count;
}

const KEY = Symbol.for('zone-briefs.build-state');

/** The state of the build running in this process (created on first use). */
export function buildState(): BuildState {
  const store = globalThis as { [KEY]?: BuildState };
  store[KEY] ??= { pages: { done: 0, total: 0 }, og: { done: 0, total: 0 }, qr: { done: 0, total: 0 } };
  return store[KEY];
}

/** Forgets the previous build's state (a dev server or a test may build twice in one process). */
export function resetBuildState(): void {
  delete (globalThis as { [KEY]?: BuildState })[KEY];
}

/** The pages' side: the files this build must write beside them. */
export function handOver(files: GeneratedFiles): void {
  const state = buildState();
  state.files = files;
  state.onFiles?.(files);
}
