// The page's strings, one catalog per language (i18n/*.json). The server
// says which language the page opens in (<html data-lang>); the reader's
// switch is kept in the address (?lang=), so that a reload keeps it.
import zh from './i18n/zh.json';
import en from './i18n/en.json';

const catalogs = { zh, en };
let lang = 'zh';

export function initialLanguage() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked && catalogs[asked]) return asked;
  const served = document.documentElement.dataset.lang;
  return catalogs[served] ? served : 'zh';
}

export function setLanguage(l) {
  lang = catalogs[l] ? l : 'zh';
  const root = document.documentElement;
  root.lang = lang === 'zh' ? 'zh-CN' : 'en';
  root.dataset.lang = lang;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of document.querySelectorAll('[data-i18n-aria-label]')) el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
  document.title = lang === 'zh' ? '大纲 dagang' : 'dagang — speech outlines';
}

export function language() { return lang; }

// t looks a dotted key up in the current catalog, then in Chinese, and
// fills in {name} from params.
export function t(key, params) {
  let s = lookup(catalogs[lang], key);
  if (s === undefined) s = lookup(catalogs.zh, key);
  if (s === undefined) return key;
  if (params) s = s.replace(/\{(\w+)\}/g, (m, k) => (k in params ? String(params[k]) : m));
  return s;
}

// has says whether the current catalog has a string for key.
export function has(key) { return typeof lookup(catalogs[lang], key) === 'string'; }

function lookup(cat, key) {
  let v = cat;
  for (const part of key.split('.')) {
    if (v == null || typeof v !== 'object') return undefined;
    v = v[part];
  }
  return typeof v === 'string' ? v : undefined;
}
