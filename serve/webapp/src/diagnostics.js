// The findings of a document as a list: severity, line, message, code.
// Picking one selects its line in the text area.
import { h } from './outline.js';
import { t, has, language } from './i18n.js';

const weight = { error: 0, warning: 1, info: 2 };

export function renderDiagnostics(list, diagnostics, onLine) {
  const sorted = [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column
    || weight[a.severity] - weight[b.severity]);
  list.replaceChildren(...sorted.map((d) => {
    // The messages are Chinese; in English the code's own summary leads.
    const english = language() === 'en' && has('codes.' + d.code);
    const b = h('button', {
      type: 'button', class: 'diag', title: t('selectLine', { n: d.line }),
    },
    h('span', { class: `sev sev-${d.severity}`, text: t('severity.' + d.severity) }),
    h('span', { class: 'loc', text: t('line', { n: d.line }) }),
    h('span', { class: 'msg' },
      english ? h('span', { class: 'msg-en', text: t('codes.' + d.code) }) : null,
      h('span', { class: 'msg-zh', lang: 'zh-CN', text: d.message })),
    h('code', { class: 'code', text: d.code }));
    b.addEventListener('click', () => onLine(d.line, d.column));
    return h('li', { dataset: { severity: d.severity, code: d.code, line: d.line } }, b);
  }));
  return sorted;
}
