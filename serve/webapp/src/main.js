// The page of dagang serve: a speech in, its outline, mind map, findings
// and corrections out, all through the API of the server the page came
// from (docs/serve.md).
import * as api from './api.js';
import { t, setLanguage, initialLanguage, language } from './i18n.js';
import { renderOutline, renderNoise, stats } from './outline.js';
import { renderDiagnostics } from './diagnostics.js';
import { renderDiff } from './diff.js';
import { drawMindmap, fitMindmap } from './mindmap.js';
import { selectLine } from './lines.js';

const $ = (sel) => document.querySelector(sel);
const area = $('#source');
const statusLine = $('#status');

// What the page holds: the text area's text, or a file as it was read
// until the text area is edited.
const state = {
  file: null, // {bytes: Uint8Array, name: string}
  edited: false,
  doc: null,
  parseAbort: null,
  mapStale: true,
  fixInput: null,
  fix: null, // the last corrections: {edits, docx, diff, applied}
};

const extensions = {
  json: '.json', markdown: '.md', opml: '.opml', freemind: '.mm', mermaid: '.mmd', chunks: '.jsonl', text: '.txt',
};

function isZip(bytes) {
  return bytes.length > 3 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
}

function baseName(name) {
  return name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
}

// input is what the API is sent: the file's own bytes while the text area
// shows it unedited (a .docx stays a .docx, a GB18030 file keeps its
// encoding), the text area's text otherwise.
function input() {
  if (state.file && !state.edited) return { body: state.file.bytes, name: state.file.name };
  return { body: area.value, name: state.file ? baseName(state.file.name) + '.txt' : undefined };
}

function hasInput() {
  return (state.file && !state.edited) || area.value.trim() !== '';
}

function setStatus(text, kind = '') {
  statusLine.textContent = text;
  statusLine.dataset.kind = kind;
}

function failure(err) {
  if (err.name === 'AbortError') return;
  const key = err.status === 0 ? 'error.network'
    : ['400', '413', '415', '422', '503'].includes(String(err.status)) ? 'error.' + err.status : 'error.other';
  setStatus(`${t(key)}${err.status ? ' — ' + err.message : ''}`, 'error');
}

function onLine(n) {
  area.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  selectLine(area, n);
}

// refresh parses the input and shows what came back.
async function refresh() {
  if (state.parseAbort) state.parseAbort.abort();
  if (!hasInput()) {
    state.doc = null;
    render();
    setStatus('');
    return;
  }
  const abort = new AbortController();
  state.parseAbort = abort;
  setStatus(t('working'), 'busy');
  const started = performance.now();
  try {
    const doc = await api.json('parse', input(), {}, abort.signal);
    state.doc = doc;
    state.mapStale = true;
    state.ms = Math.round(performance.now() - started);
    render();
    if (!$('#panel-map').hidden) refreshMap();
    // The corrections shown are of the text before: show the new ones, or
    // none until asked again.
    if (state.fix && !state.fix.applied) {
      if (!$('#panel-fix').hidden) runFix();
      else resetFix();
    }
  } catch (err) {
    failure(err);
  } finally {
    if (state.parseAbort === abort) state.parseAbort = null;
  }
}

// render shows state.doc: outline, findings, boilerplate, status.
function render() {
  const doc = state.doc;
  const outline = $('#outline');
  const list = $('#diagnostics');
  if (!doc) {
    outline.replaceChildren(Object.assign(document.createElement('p'), { className: 'empty', textContent: t('emptyOutline') }));
    list.replaceChildren();
    $('#diag-count').textContent = '0';
    $('#diag-count').dataset.worst = '';
    $('#diag-empty').hidden = true;
    $('#noise').replaceChildren();
    $('#noise-count').textContent = '0';
    return;
  }
  renderOutline(outline, doc, onLine);
  const sorted = renderDiagnostics(list, doc.diagnostics, onLine);
  $('#diag-count').textContent = String(sorted.length);
  $('#diag-count').dataset.worst = ['error', 'warning', 'info'].find((s) => sorted.some((d) => d.severity === s)) || '';
  $('#diag-empty').hidden = sorted.length > 0;
  markFindings(outline, sorted);
  renderNoise($('#noise'), doc, onLine);
  $('#noise-count').textContent = String(doc.noise.length);
  const s = stats(doc);
  setStatus(t(s.speeches > 1 ? 'parsed' : 'parsedOne', { ...s, ms: state.ms ?? 0 }), 'ok');
}

// markFindings flags the headings of the outline that a finding is about,
// with the most serious finding's severity and message.
function markFindings(outline, findings) {
  for (const d of [...findings].reverse()) {
    const row = outline.querySelector(`li.sec[data-line="${d.line}"] > .row .heading`);
    if (!row) continue;
    const li = row.closest('li.sec');
    const worse = { error: 3, warning: 2, info: 1 };
    if ((worse[li.dataset.finding] || 0) >= worse[d.severity]) continue;
    li.dataset.finding = d.severity;
    row.title = `${t('severity.' + d.severity)}：${d.message}`;
  }
}

async function refreshMap() {
  if (!state.doc || !state.mapStale) return;
  state.mapStale = false;
  try {
    const { text } = await api.text('outline', input(), { format: 'markdown' });
    drawMindmap($('#mindmap'), text);
  } catch (err) {
    state.mapStale = true;
    failure(err);
  }
}

// loadFile reads a picked or dropped file: its bytes are what the API is
// sent; the text dagang reads in them fills the text area.
async function loadFile(file) {
  if (!file) return;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const probe = { body: bytes, name: file.name };
  try {
    const { text, headers } = await api.text('text', probe);
    state.file = { bytes, name: file.name };
    state.edited = false;
    area.value = text;
    area.scrollTop = 0;
    await refresh();
    setStatus(t('loaded', { name: file.name, encoding: headers.get('Dagang-Encoding') || '' }) + ' · ' + statusLine.textContent, 'ok');
  } catch (err) {
    failure(err);
  }
}

// download saves a blob under a name.
function download(blob, name) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

function downloadBase() {
  if (state.file) return baseName(state.file.name);
  const title = state.doc?.title || state.doc?.speeches?.[0]?.title;
  if (title) return [...title.replace(/[\\/:*?"<>|\s]+/g, ' ').trim()].slice(0, 40).join('');
  return language() === 'zh' ? '大纲' : 'outline';
}

async function exportAs(format) {
  if (!hasInput()) return;
  try {
    const { blob } = await api.blob('outline', input(), { format });
    download(blob, downloadBase() + extensions[format]);
  } catch (err) {
    failure(err);
  }
}

// fixInput is what fix is sent: the file's bytes, so that the corrected
// file keeps its encoding, unless it is a Word document, which fix cannot
// rewrite: then its text.
function fixInput() {
  const docx = state.file && !state.edited && isZip(state.file.bytes);
  if (docx) return { input: { body: area.value, name: baseName(state.file.name) + '.txt' }, docx: true };
  return { input: input(), docx: false };
}

async function runFix() {
  if (!hasInput()) return;
  selectTab('tab-fix');
  const { input: fin, docx } = fixInput();
  try {
    const { text, headers } = await api.text('fix', fin, { diff: 'true' });
    const edits = Number(headers.get('Dagang-Edits') || 0);
    state.fixInput = edits ? fin : null;
    state.fix = { edits, docx, diff: text };
    renderFix();
    $('#fix-apply').disabled = !edits;
    $('#fix-download').disabled = !edits;
  } catch (err) {
    failure(err);
  }
}

function resetFix() {
  state.fix = null;
  state.fixInput = null;
  $('#fix-summary').textContent = t('fixHint');
  $('#fix-summary').dataset.kind = '';
  $('#diff').replaceChildren();
  $('#fix-apply').disabled = true;
  $('#fix-download').disabled = true;
}

// renderFix shows the last corrections, in the page's language.
function renderFix() {
  const fix = state.fix;
  if (!fix) return;
  const summary = $('#fix-summary');
  summary.replaceChildren();
  if (fix.docx) summary.append(t('fixDocx'), ' ');
  summary.append(fix.applied ? t('fixApplied') : fix.edits ? t('fixCount', { n: fix.edits }) : t('fixNone'));
  summary.dataset.kind = fix.edits && !fix.applied ? 'changes' : 'clean';
  renderDiff($('#diff'), fix.applied ? '' : fix.diff);
}

async function downloadFixed() {
  if (!state.fixInput) return;
  try {
    const { blob } = await api.blob('fix', state.fixInput);
    const name = state.fixInput.name || downloadBase() + '.txt';
    const dot = name.lastIndexOf('.');
    const suffix = language() === 'zh' ? '（修正）' : '-fixed';
    download(blob, dot > 0 ? name.slice(0, dot) + suffix + name.slice(dot) : name + suffix);
  } catch (err) {
    failure(err);
  }
}

async function applyFix() {
  try {
    const { text } = await api.text('fix', { body: area.value, name: input().name });
    area.value = text;
    state.edited = true;
    state.fixInput = null;
    $('#fix-apply').disabled = true;
    $('#fix-download').disabled = true;
    state.fix = { edits: 0, docx: false, diff: '', applied: true };
    renderFix();
    await refresh();
  } catch (err) {
    failure(err);
  }
}

// Tabs: one tab stop, arrows move between them.
const tabs = [...document.querySelectorAll('[role=tab]')];

function selectTab(id) {
  for (const tab of tabs) {
    const on = tab.id === id;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    document.getElementById(tab.getAttribute('aria-controls')).hidden = !on;
  }
  if (id === 'tab-map') {
    refreshMap();
    requestAnimationFrame(fitMindmap);
  }
}

for (const tab of tabs) {
  tab.addEventListener('click', () => selectTab(tab.id));
  tab.addEventListener('keydown', (e) => {
    const i = tabs.indexOf(tab);
    let j = -1;
    if (e.key === 'ArrowRight') j = (i + 1) % tabs.length;
    if (e.key === 'ArrowLeft') j = (i - 1 + tabs.length) % tabs.length;
    if (e.key === 'Home') j = 0;
    if (e.key === 'End') j = tabs.length - 1;
    if (j < 0) return;
    e.preventDefault();
    selectTab(tabs[j].id);
    tabs[j].focus();
  });
}

// Typing: the outline follows after a pause, or at once with the button
// or Ctrl+Enter.
let timer = 0;
area.addEventListener('input', () => {
  state.edited = true;
  clearTimeout(timer);
  if ($('#live').checked) timer = setTimeout(refresh, 500);
});
area.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    clearTimeout(timer);
    refresh();
  }
});
$('#parse').addEventListener('click', () => {
  clearTimeout(timer);
  refresh();
});

// Files: the picker and drag and drop onto the text area.
const fileInput = $('#file');
fileInput.addEventListener('change', () => {
  loadFile(fileInput.files[0]);
  fileInput.value = '';
});
const drop = $('#drop');
for (const type of ['dragenter', 'dragover']) {
  drop.addEventListener(type, (e) => {
    if (![...(e.dataTransfer?.types || [])].includes('Files')) return;
    e.preventDefault();
    drop.classList.add('dragging');
  });
}
drop.addEventListener('dragleave', (e) => {
  if (!drop.contains(e.relatedTarget)) drop.classList.remove('dragging');
});
drop.addEventListener('drop', (e) => {
  drop.classList.remove('dragging');
  const file = e.dataTransfer?.files?.[0];
  if (!file) return;
  e.preventDefault();
  loadFile(file);
});

$('#fix').addEventListener('click', runFix);
$('#fix-download').addEventListener('click', downloadFixed);
$('#fix-apply').addEventListener('click', applyFix);
$('#map-fit').addEventListener('click', fitMindmap);
for (const b of document.querySelectorAll('[data-format]')) {
  b.addEventListener('click', () => exportAs(b.dataset.format));
}
$('#show-noise').addEventListener('change', (e) => {
  $('#noise').hidden = !e.target.checked;
});

// Language: the server's, until the reader switches.
$('#lang').addEventListener('click', () => {
  const next = language() === 'zh' ? 'en' : 'zh';
  setLanguage(next);
  $('#lang').textContent = t('langSwitch');
  $('#lang').lang = next === 'zh' ? 'en' : 'zh-CN';
  const url = new URL(location.href);
  url.searchParams.set('lang', next);
  history.replaceState(null, '', url);
  render();
  renderFix();
});

setLanguage(initialLanguage());
$('#lang').textContent = t('langSwitch');
$('#lang').lang = language() === 'zh' ? 'en' : 'zh-CN';
render();
