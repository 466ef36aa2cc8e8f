// The outline as a mind map: the Markdown that `dagang outline --format
// markdown` writes, turned into a tree by markmap-lib and drawn by
// markmap-view. The transformer has no plugins: they would fetch KaTeX and
// highlight.js from a CDN, and the page asks nothing of another origin.
import { Transformer } from 'markmap-lib/no-plugins';
import { Markmap } from 'markmap-view';

const transformer = new Transformer([]);
const palette = ['#b42318', '#1d4ed8', '#047857', '#7c3aed', '#b45309', '#be185d', '#0e7490', '#4d7c0f'];
let mm = null;

export function drawMindmap(svg, markdown) {
  const { root } = transformer.transform(markdown);
  // Each main branch keeps one colour, whatever its depth.
  (root.children || []).forEach((child, i) => paint(child, i));
  if (!mm) {
    mm = Markmap.create(svg, {
      // markmap's own rules are in app.css: an inline <style> with them
      // would need the page to allow inline styles.
      embedGlobalCSS: false,
      duration: 300,
      maxWidth: 320,
      spacingVertical: 8,
      paddingX: 10,
      color: (node) => {
        const branch = node.payload?.branch;
        return branch === undefined ? '#57534e' : palette[branch % palette.length];
      },
    }, root);
  } else {
    mm.setData(root).then(() => mm.fit());
  }
}

function paint(node, branch) {
  node.payload = { ...node.payload, branch };
  for (const c of node.children || []) paint(c, branch);
}

export function fitMindmap() {
  if (mm) mm.fit();
}
