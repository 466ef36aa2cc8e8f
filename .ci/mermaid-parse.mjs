// Runs Mermaid's own parser on each diagram file named on the command line
// and reports every one it rejects. Mermaid sanitizes labels with DOMPurify,
// which needs a DOM: jsdom provides one before mermaid is loaded.
//
// usage: node mermaid-parse.mjs BASE FILE...   (file names are reported relative to BASE)
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { JSDOM } from 'jsdom';

const { window } = new JSDOM('');
globalThis.window = window;
globalThis.document = window.document;
const { default: mermaid } = await import('mermaid');

const [base, ...files] = process.argv.slice(2);
let failed = 0;
for (const file of files) {
  const name = file.startsWith(base + sep) ? relative(base, file) : file;
  try {
    const result = await mermaid.parse(await readFile(file, 'utf8'));
    if (result.diagramType !== 'mindmap') {
      throw new Error(`a ${result.diagramType} diagram, not a mindmap`);
    }
  } catch (err) {
    failed++;
    console.error(`FAIL ${name}: ${String(err.message ?? err).split('\n').join('\n     ')}`);
  }
}
console.log(`mermaid.parse: ${files.length - failed} of ${files.length} diagrams accepted`);
process.exit(failed === 0 ? 0 : 1);
