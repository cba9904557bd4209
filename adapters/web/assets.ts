/**
 * The static files the pages use, read once at startup and served from
 * memory under /assets/: govuk-frontend's compiled CSS, fonts and icons
 * (from the npm package, never a CDN) and the reader's own app.css.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

const TYPES: Readonly<Record<string, string>> = {
  '.css': 'text/css; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/manifest+json',
};

function asset(file: string): Asset {
  const body = readFileSync(file);
  return { body, type: TYPES[path.extname(file)] ?? 'application/octet-stream', etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"` };
}

/** Every asset by its URL path ("/assets/govuk-frontend.min.css"). */
export function loadAssets(): ReadonlyMap<string, Asset> {
  const govuk = path.dirname(fileURLToPath(import.meta.resolve('govuk-frontend/dist/govuk/govuk-frontend.min.css')));
  const assets = new Map<string, Asset>();
  assets.set('/assets/govuk-frontend.min.css', asset(path.join(govuk, 'govuk-frontend.min.css')));
  assets.set('/assets/app.css', asset(path.join(path.dirname(fileURLToPath(import.meta.url)), 'app.css')));
  // The CSS refers to /assets/fonts/… and /assets/images/…, as govuk-frontend lays them out.
  for (const folder of ['fonts', 'images']) {
    for (const name of readdirSync(path.join(govuk, 'assets', folder))) assets.set(`/assets/${folder}/${name}`, asset(path.join(govuk, 'assets', folder, name)));
  }
  assets.set('/assets/manifest.json', asset(path.join(govuk, 'assets', 'manifest.json')));
  return assets;
}
