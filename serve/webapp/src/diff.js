// A unified diff (the answer of /api/fix?diff=1) shown line by line, the
// changed characters of a changed line marked.
import { h } from './outline.js';
import { t } from './i18n.js';

export function renderDiff(box, diff) {
  box.replaceChildren();
  const lines = diff.split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  const rows = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('--- ') || line.startsWith('+++ ')) continue;
    if (line.startsWith('@@')) {
      const m = /@@ -(\d+)/.exec(line);
      rows.push(h('div', { class: 'hunk', text: m ? t('diffFrom', { n: m[1] }) : line }));
      continue;
    }
    const next = lines[i + 1];
    if (line.startsWith('-') && next && next.startsWith('+')) {
      const [a, b] = marked(line.slice(1), next.slice(1));
      rows.push(h('div', { class: 'del' }, h('span', { class: 'sign', text: '−' }), a));
      rows.push(h('div', { class: 'add' }, h('span', { class: 'sign', text: '+' }), b));
      i++;
      continue;
    }
    const cls = line[0] === '-' ? 'del' : line[0] === '+' ? 'add' : 'ctx';
    const sign = line[0] === '-' ? '−' : line[0] === '+' ? '+' : ' ';
    rows.push(h('div', { class: cls }, h('span', { class: 'sign', text: sign }), clip(line.slice(1))));
  }
  box.append(...rows);
}

// marked returns both lines with the part that differs in <mark>: what is
// left between their common beginning and end.
function marked(a, b) {
  const ca = [...a];
  const cb = [...b];
  let p = 0;
  while (p < ca.length && p < cb.length && ca[p] === cb[p]) p++;
  let s = 0;
  while (s < ca.length - p && s < cb.length - p && ca[ca.length - 1 - s] === cb[cb.length - 1 - s]) s++;
  const part = (cs) => h('span', { class: 'line' },
    clip(cs.slice(0, p).join(''), 'tail'),
    h('mark', { text: cs.slice(p, cs.length - s).join('') }),
    clip(cs.slice(cs.length - s).join('')));
  return [part(ca), part(cb)];
}

// clip shortens a long line of context to its first (or last) characters.
function clip(s, keep = 'head') {
  const cs = [...s];
  const max = 60;
  if (cs.length <= max) return s;
  return keep === 'tail' ? '…' + cs.slice(cs.length - max).join('') : cs.slice(0, max).join('') + '…';
}
