import type { OgCard } from '../og/index.ts';
import type { Route } from './routes.ts';
import { absoluteUrl, localeUrl, qrImagePath } from './urls.ts';

/** A QR code file: where it goes and the page URL it encodes. */
export interface QrFile {
  /** Output path relative to the site root: "qr/en/zones/thanh-binh.svg". */
  path: string;
  /** The absolute page URL the code encodes. */
  url: string;
  ext: 'svg' | 'png';
}

/** The files written beside the pages (by src/integrations/generated-files.ts), not rendered as routes. */
export interface GeneratedFiles {
  cards: OgCard[];
  qr: QrFile[];
}

/** From the route list: every page's OG card, and a QR code (SVG and PNG) of each printed page's URL. */
export function generatedFiles(routes: readonly Route[]): GeneratedFiles {
  return {
    cards: routes.map((route) => route.card),
    qr: routes
      .filter((route) => route.qr)
      .flatMap((route) =>
        (['svg', 'png'] as const).map((ext) => ({ path: qrImagePath(route.lang, route.path, ext), url: absoluteUrl(localeUrl(route.lang, route.path)), ext })),
      ),
  };
}
