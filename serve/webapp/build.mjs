// Builds the page into ../web, the folder the server embeds: app.js (the
// bundle), app.css (the page's rules after markmap's), index.html,
// favicon.svg, and licenses.txt, the licence of every package whose code
// is in the bundle. `npm run build`; the output is committed, so that
// building dagang needs Go alone.
import * as esbuild from 'esbuild';
import { readFile, writeFile, copyFile, mkdir, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '..', 'web');
await mkdir(out, { recursive: true });

const result = await esbuild.build({
  entryPoints: [path.join(here, 'src', 'main.js')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  platform: 'browser',
  legalComments: 'none', // the licences are in licenses.txt
  charset: 'utf8',
  metafile: true,
  outfile: path.join(out, 'app.js'),
  logLevel: 'warning',
});

// markmap's rules go into the stylesheet: the page allows no inline style.
const { globalCSS } = await import('markmap-view');
const css = await readFile(path.join(here, 'src', 'app.css'), 'utf8');
await writeFile(path.join(out, 'app.css'),
  '/* markmap-view (MIT): the mind map\'s own rules */\n' + globalCSS + '\n\n' + css);

await copyFile(path.join(here, 'src', 'index.html'), path.join(out, 'index.html'));
await copyFile(path.join(here, 'src', 'favicon.svg'), path.join(out, 'favicon.svg'));

// The licence of every package the bundle holds code of.
const packages = new Map();
const bundled = Object.values(result.metafile.outputs).flatMap((o) =>
  Object.entries(o.inputs).filter(([, v]) => v.bytesInOutput > 0).map(([k]) => k));
for (const input of bundled) {
  const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (m) packages.set(m[1], path.join(here, 'node_modules', m[1]));
}
// markmap-html-parser ships cheerio's slim build, and what it is made of,
// inside its own dist: their licences go with it.
const carried = {
  'markmap-html-parser': ['cheerio', 'cheerio-select', 'css-select', 'css-what', 'boolbase', 'nth-check',
    'domelementtype', 'domhandler', 'domutils', 'dom-serializer', 'htmlparser2', 'entities'],
};
for (const [pkg, inner] of Object.entries(carried)) {
  if (!packages.has(pkg)) continue;
  for (const name of inner) packages.set(name, path.join(here, 'node_modules', name));
}
const sections = [
  'The page of dagang serve (app.js) bundles the code of these packages,\n' +
  'each under the licence that follows its name.\n',
];
for (const name of [...packages.keys()].sort()) {
  const dir = packages.get(name);
  const meta = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'));
  const files = (await readdir(dir)).filter((f) => /^(licen[cs]e|copying)([-_.]|$)/i.test(f)).sort();
  let text = '';
  for (const f of files) text += (await readFile(path.join(dir, f), 'utf8')).trim() + '\n';
  if (!text) {
    const fallback = path.join(here, 'licenses', name.replace('/', '__') + '.txt');
    if (!existsSync(fallback)) throw new Error(`${name}: no licence file in the package, and none in licenses/`);
    text = (await readFile(fallback, 'utf8')).trim() + '\n';
  }
  sections.push(`${'='.repeat(72)}\n${meta.name} ${meta.version} (${meta.license})\n${'='.repeat(72)}\n${text}`);
}
await writeFile(path.join(out, 'licenses.txt'), sections.join('\n'));
console.log(`built ${path.relative(process.cwd(), out)}: ${packages.size} packages bundled`);
