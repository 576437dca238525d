import type { APIRoute, GetStaticPaths } from 'astro';
import { getRoutes } from '../../data/site.ts';
import { qrPng, qrSvg } from '../../lib/qr.ts';
import { absoluteUrl, localeUrl, qrImagePath } from '../../lib/urls.ts';

/** QR codes of each printed page's URL as files (/qr/<lang>/<path>.svg and .png), for print and for download. */
export const getStaticPaths = (async () =>
  (await getRoutes())
    .filter((route) => route.qr)
    .flatMap((route) =>
      (['svg', 'png'] as const).map((ext) => ({
        params: { file: qrImagePath(route.lang, route.path, ext).replace(/^qr\//, '') },
        props: { url: absoluteUrl(localeUrl(route.lang, route.path)), ext },
      })),
    )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { url, ext } = props as { url: string; ext: 'svg' | 'png' };
  return ext === 'svg'
    ? new Response(await qrSvg(url), { headers: { 'Content-Type': 'image/svg+xml' } })
    : new Response(new Uint8Array(qrPng(url)), { headers: { 'Content-Type': 'image/png' } });
};
