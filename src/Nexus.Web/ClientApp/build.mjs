// Bundles the UI into ../wwwroot: app.js (ES modules + cytoscape, leaflet, topojson-client),
// app.css (our styles + Leaflet's), index.html, and the Natural Earth country shapes the map draws.
import { build } from 'esbuild';
import { cp, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const out = here('../wwwroot/');

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await build({
  entryPoints: { app: here('src/main.js'), styles: here('src/styles.css') },
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'esm',
  target: 'es2022',
  outdir: out,
  legalComments: 'linked',
  logLevel: 'warning',
  loader: { '.png': 'file', '.svg': 'file' },
  assetNames: 'assets/[name]-[hash]',
});
await cp(here('src/index.html'), out + 'index.html');
await cp(here('node_modules/world-atlas/countries-50m.json'), out + 'countries-50m.json');
