/** Where the content collections live; CONTENT_DIR points them elsewhere (the tests' bad-input fixtures). */
export const CONTENT_DIR = (process.env.CONTENT_DIR ?? 'src/content').replace(/\/$/, '');
