/**
 * A small static file server for the built site, close to what Netlify, Cloudflare Pages and GitHub Pages do:
 * serves <dir> under an optional base path, `/x/` → `/x/index.html`, a folder without its slash is redirected,
 * unknown paths get the nearest 404.html with status 404, and the headers of a `_headers` file are applied.
 *
 *   node scripts/serve.ts [dir=dist] [--port 4321] [--base /zone-briefs/] [--headers <file>]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** One block of a Netlify/Cloudflare `_headers` file: a path pattern and the headers it sets. */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** Parses `_headers`: an unindented line is a path pattern, indented `Name: value` lines belong to it; `#` comments. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const m = line.trim().match(/^([^:\s]+)\s*:\s*(.*)$/);
    const rule = rules.at(-1);
    if (!m || !rule) throw new Error(`_headers line ${i + 1}: expected "Name: value" under a path pattern, got "${line.trim()}"`);
    rule.headers.push([m[1]!, m[2]!]);
  });
  return rules;
}

function patternRegExp(pattern: string): RegExp {
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`);
}

/** The headers for a site path ("/vi/"): every matching rule applies; repeated names are joined with ", " as the hosts do. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!patternRegExp(rule.pattern).test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}

export interface ServeOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Sub-path the site is served under, e.g. "/zone-briefs/" (default "/"). */
  base?: string;
  /** A `_headers` file to apply; default `<dir>/_headers` when it exists; `false` for none. */
  headersFile?: string | false;
}

export interface Server {
  /** "http://127.0.0.1:<port>/<base>" */
  url: string;
  origin: string;
  port: number;
  close(): Promise<void>;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** The nearest 404 page: <folder>/404.html (or 404/index.html) from the requested folder up to the root. */
function notFoundPage(root: string, segments: string[]): string | undefined {
  for (let n = segments.length; n >= 0; n--) {
    const dir = join(root, ...segments.slice(0, n));
    for (const candidate of [join(dir, '404.html'), join(dir, '404', 'index.html')]) {
      if (isFile(candidate)) return candidate;
    }
  }
  return undefined;
}

export function serve(dir: string, options: ServeOptions = {}): Promise<Server> {
  const root = resolve(dir);
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const headersPath = options.headersFile === undefined ? join(root, '_headers') : options.headersFile;
  const rules = headersPath && existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];

  const send = (req: IncomingMessage, res: ServerResponse, status: number, file: string | undefined, sitePath: string): void => {
    res.statusCode = status;
    for (const [name, value] of Object.entries(headersFor(rules, sitePath))) res.setHeader(name, value);
    if (!file) {
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end(req.method === 'HEAD' ? undefined : 'Not found\n');
      return;
    }
    res.setHeader('content-type', contentType(file));
    res.setHeader('content-length', statSync(file).size);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (`${url.pathname}/` === base) {
      res.writeHead(301, { location: `${base}${url.search}` }).end();
      return;
    }
    if (!url.pathname.startsWith(base)) {
      send(req, res, 404, undefined, url.pathname);
      return;
    }
    const sitePath = `/${url.pathname.slice(base.length)}`;
    let decoded: string;
    try {
      decoded = decodeURIComponent(sitePath);
    } catch {
      send(req, res, 400, undefined, sitePath);
      return;
    }
    const segments = decoded.split('/').filter(Boolean);
    const target = resolve(root, ...segments);
    if (target !== root && !target.startsWith(root + sep)) {
      send(req, res, 404, undefined, sitePath);
      return;
    }
    if (decoded.endsWith('/') && isFile(join(target, 'index.html'))) {
      send(req, res, 200, join(target, 'index.html'), sitePath);
    } else if (!decoded.endsWith('/') && isFile(target)) {
      send(req, res, 200, target, sitePath);
    } else if (!decoded.endsWith('/') && isFile(join(target, 'index.html'))) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    } else {
      const page = notFoundPage(root, decoded.endsWith('/') ? segments : segments.slice(0, -1));
      send(req, res, 404, page, sitePath);
    }
  };

  return new Promise((resolvePromise, reject) => {
    const server = createServer(handle);
    server.on('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      const origin = `http://127.0.0.1:${port}`;
      resolvePromise({
        url: `${origin}${base}`,
        origin,
        port,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

function cli(argv: string[]): void {
  const args = [...argv];
  const options: ServeOptions = { port: 4321 };
  let dir = 'dist';
  while (args.length > 0) {
    const arg = args.shift()!;
    if (arg === '--port') options.port = Number(args.shift());
    else if (arg === '--base') options.base = args.shift() ?? '/';
    else if (arg === '--headers') options.headersFile = args.shift() ?? false;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}; usage: node scripts/serve.ts [dir] [--port N] [--base /path/] [--headers file]`);
    else dir = arg;
  }
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: build the site first (npm run build)`);
  void serve(dir, options).then((server) => console.log(`Serving ${resolve(dir)} at ${server.url}`));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) cli(process.argv.slice(2));
