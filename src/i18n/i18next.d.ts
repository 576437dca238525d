/** UI string keys are checked at compile time: `astro check` rejects a key that src/i18n/en.json does not have. */
import type en from './en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
