import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES } from '../../i18n/locales.ts';
import { qrPages, qrPng, qrSvg } from '../../lib/qr.ts';
import { getSite } from '../../lib/site.ts';
import { absoluteUrl, localeUrl, qrImagePath } from '../../lib/urls.ts';

/** QR codes of each printed page's URL as files (/qr/<lang>/<path>.svg and .png), for print and for download. */
export const getStaticPaths = (async () => {
  const pages = qrPages(await getSite());
  return LOCALES.flatMap((lang) =>
    pages.flatMap((path) =>
      (['svg', 'png'] as const).map((ext) => ({
        params: { file: qrImagePath(lang, path, ext).replace(/^qr\//, '') },
        props: { url: localeUrl(lang, path), ext },
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { url, ext } = props as { url: string; ext: 'svg' | 'png' };
  const target = absoluteUrl(site, url);
  return ext === 'svg'
    ? new Response(await qrSvg(target), { headers: { 'Content-Type': 'image/svg+xml' } })
    : new Response(new Uint8Array(qrPng(target)), { headers: { 'Content-Type': 'image/png' } });
};
