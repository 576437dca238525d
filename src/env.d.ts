declare namespace App {
  interface Locals {
    /** Set by src/middleware.ts for every page rendered from a route. */
    page: import('./data/page.ts').PageContext;
  }
}
