// The outline of a version-1 document (spec/json.md) as the page shows it:
// each speech's title block, salutation and preamble above its sections,
// the sections as a tree that folds, the closing below, and the
// boilerplate that was set aside in a list of its own.
import { t } from './i18n.js';

// h builds an element: h('li', {class: 'x', dataset: {level: 1}}, child…).
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'text') el.textContent = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

// stats counts what the status line reports.
export function stats(doc) {
  let sections = 0;
  let depth = 0;
  const walk = (secs) => {
    for (const s of secs) {
      sections++;
      depth = Math.max(depth, s.level);
      walk(s.children);
    }
  };
  for (const sp of doc.speeches) walk(sp.sections);
  return { speeches: doc.speeches.length, sections, depth };
}

// renderOutline fills box with the document; onLine(n) is called when the
// reader picks an item of line n.
export function renderOutline(box, doc, onLine) {
  box.replaceChildren();
  if (doc.title) {
    box.append(h('div', { class: 'collection' },
      h('span', { class: 'tag', text: t('collection') }),
      lineButton(doc.title, doc.title_span, onLine, 'collection-title')));
  }
  if (doc.speeches.length === 0) {
    box.append(h('p', { class: 'empty', text: t('emptyInput') }));
    return;
  }
  for (const sp of doc.speeches) box.append(renderSpeech(sp, onLine));
}

function renderSpeech(sp, onLine) {
  const head = h('header', { class: 'speech-head' },
    sp.title
      ? lineButton(sp.title, sp.title_span, onLine, 'speech-title')
      : h('span', { class: 'speech-title untitled', text: t('untitled') }));
  const facts = h('dl', { class: 'facts' });
  for (const [key, para] of [['subtitle', sp.subtitle], ['date', sp.date], ['speaker', sp.speaker]]) {
    if (!para) continue;
    facts.append(h('dt', { text: t(key) }), h('dd', {}, lineButton(para.text, para.span, onLine)));
  }
  if (facts.childElementCount) head.append(facts);

  const parts = [head];
  const front = h('div', { class: 'front' });
  if (sp.salutation) {
    front.append(h('div', { class: 'block salutation' },
      h('span', { class: 'tag', text: t('salutation') }),
      lineButton(sp.salutation.text, sp.salutation.span, onLine)));
  }
  if (sp.preamble.length) front.append(paragraphsBlock('preamble', sp.preamble, onLine));
  if (front.childElementCount) parts.push(front);

  if (sp.sections.length) {
    parts.push(h('ul', { class: 'tree', role: 'list' }, sp.sections.map((s) => renderSection(s, onLine))));
  } else {
    parts.push(h('p', { class: 'empty', text: t('noSections') }));
  }

  if (sp.closing) {
    const closing = h('div', { class: 'closing' });
    if (sp.closing.paragraphs.length) closing.append(paragraphsBlock('closing', sp.closing.paragraphs, onLine));
    if (sp.closing.formula) {
      closing.append(h('div', { class: 'block formula' },
        h('span', { class: 'tag', text: t('formula') }),
        lineButton(sp.closing.formula.text, sp.closing.formula.span, onLine)));
    }
    parts.push(closing);
  }
  return h('article', { class: 'speech' }, parts);
}

// paragraphsBlock shows the first paragraph of a preamble or closing
// remarks, cut short, and how many there are.
function paragraphsBlock(kind, paras, onLine) {
  const first = paras[0];
  return h('div', { class: `block ${kind}-block` },
    h('span', { class: 'tag', text: t(kind) }),
    lineButton(first.text, first.span, onLine, 'excerpt'),
    paras.length > 1 ? h('span', { class: 'muted small', text: t('paragraphs', { n: paras.length }) }) : null);
}

function renderSection(sec, onLine) {
  const hasChildren = sec.children.length > 0;
  const li = h('li', {
    class: 'sec' + (sec.implied ? ' implied' : ''),
    dataset: { level: sec.level, line: sec.span.line, style: sec.style },
  });
  const row = h('div', { class: 'row' });
  if (hasChildren) {
    const toggle = h('button', {
      type: 'button', class: 'toggle', 'aria-expanded': 'true', 'aria-label': t('collapse'),
    });
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      toggle.setAttribute('aria-label', t(open ? 'collapse' : 'expand'));
      li.classList.toggle('folded', !open);
    });
    row.append(toggle);
  } else {
    row.append(h('span', { class: 'toggle-space', 'aria-hidden': 'true' }));
  }
  const label = h('button', {
    type: 'button', class: 'heading', title: t('selectLine', { n: sec.span.line }),
  },
  h('span', { class: 'marker', text: sec.marker }),
  sec.implied
    ? h('span', { class: 'title implied-note', text: t('implied') })
    : h('span', { class: 'title', text: sec.title || '—' }));
  label.addEventListener('click', () => onLine(sec.span.line));
  row.append(label, h('span', { class: 'level', text: t('level', { n: sec.level }) }));
  li.append(row);
  if (hasChildren) {
    li.append(h('ul', { role: 'list' }, sec.children.map((c) => renderSection(c, onLine))));
  }
  return li;
}

// lineButton is a piece of text that selects its line when picked.
function lineButton(text, span, onLine, cls) {
  const b = h('button', { type: 'button', class: 'text-link ' + (cls || ''), text });
  if (span) {
    b.title = t('selectLine', { n: span.line });
    b.addEventListener('click', () => onLine(span.line));
  }
  return b;
}

// renderNoise lists what was set aside, greyed, with its kind and line.
export function renderNoise(list, doc, onLine) {
  list.replaceChildren(...doc.noise.map((n) => {
    const kind = t('noiseKind.' + n.kind);
    const b = h('button', { type: 'button', class: 'noise-item', title: t('selectLine', { n: n.span.line }) },
      h('span', { class: 'kind', text: kind }),
      h('span', { class: 'loc', text: t('lineShort', { n: n.span.line }) }),
      h('span', { class: 'noise-text', text: n.text }));
    b.addEventListener('click', () => onLine(n.span.line));
    return h('li', {}, b);
  }));
}
