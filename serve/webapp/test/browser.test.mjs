// The page in a real browser: Debian's Chromium, driven by playwright-core,
// against `dagang serve` started from this checkout. It pastes a speech,
// waits for the outline and the findings, uses them, fixes the numbering,
// draws the mind map, downloads an export, uploads a .docx and an .html
// page, switches to English, checks that no request left the server's
// origin and that the page broke no rule of its Content-Security-Policy,
// and saves screenshots at a laptop's and a phone's width.
//
//   npm run test:browser
//
// DAGANG_BIN: a dagang binary to serve (default: built with go build);
// CHROMIUM: the browser (default /usr/bin/chromium);
// SCREENSHOT_SPEECH: a speech to show in the screenshots (default: the
// test's own); SCREENSHOTS: where they go (default test-results/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..', '..');
const testdata = path.join(repo, 'serve', 'testdata');
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const shots = path.resolve(process.env.SCREENSHOTS || path.join(here, '..', 'test-results'));
const missing = existsSync(executablePath) ? false : `no browser at ${executablePath} (set CHROMIUM)`;

// The flags a closed network needs: without the background ones Chromium
// keeps trying to reach Google's hosts.
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let server;
let origin;
let context;
let page;
let profile;
const requests = [];
const violations = [];
const consoleErrors = [];

before(async () => {
  if (missing) return;
  let bin = process.env.DAGANG_BIN;
  const work = mkdtempSync(path.join(tmpdir(), 'dagang-browser-'));
  if (!bin) {
    bin = path.join(work, 'dagang');
    execFileSync('go', ['build', '-o', bin, './cmd/dagang'], { cwd: repo, stdio: 'inherit' });
  }
  server = spawn(bin, ['serve', '--addr', '127.0.0.1:0', '--lang', 'zh'], { stdio: ['ignore', 'ignore', 'pipe'] });
  origin = await new Promise((resolve, reject) => {
    let seen = '';
    server.stderr.on('data', (chunk) => {
      seen += chunk;
      const m = /dagang serve: (http:\/\/[^/\s]+)\//.exec(seen);
      if (m) resolve(m[1]);
    });
    server.on('exit', (code) => reject(new Error(`dagang serve exited with ${code}: ${seen}`)));
  });
  profile = path.join(work, 'profile');
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  context.on('request', (r) => requests.push(r.url()));
  page = context.pages()[0] || await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  mkdirSync(shots, { recursive: true });
});

after(async () => {
  if (context) await context.close();
  if (server) server.kill('SIGTERM');
  if (profile) rmSync(path.dirname(profile), { recursive: true, force: true });
});

const speech = () => readFileSync(path.join(testdata, 'speech.txt'), 'utf8');

async function paste(text) {
  await page.fill('textarea#source', text);
  await page.click('button#parse');
}

test('a pasted speech shows its outline and its findings', { skip: missing }, async () => {
  await page.goto(origin + '/');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  await paste(speech());
  await page.waitForSelector('#outline li[data-level="2"]');
  await page.waitForSelector('#diagnostics li');
  const levels = await page.$$eval('#outline li[data-level]', (els) => els.map((e) => e.dataset.level));
  assert.deepEqual([...new Set(levels)].sort(), ['1', '2', '3']);
  const titles = await page.$$eval('#outline li[data-level="1"] > .row .title', (els) => els.map((e) => e.textContent));
  assert.deepEqual(titles, ['充分肯定社区治理取得的成效', '清醒认识面临的问题和挑战', '扎实做好今年重点工作']);
  assert.match(await page.textContent('.speech-title'), /社区治理工作推进会上的讲话/);
  assert.equal(await page.textContent('.salutation .text-link'), '同志们：');
  assert.equal(await page.textContent('.formula .text-link'), '谢谢大家！');
  const codes = await page.$$eval('#diagnostics li', (els) => els.map((e) => e.dataset.code));
  assert.deepEqual(codes, ['numbering-gap', 'numbering-gap', 'numbering-duplicate']);
  // The headings they are about are flagged in the outline.
  const flagged = await page.$$eval('#outline li[data-finding="error"]', (els) => els.map((e) => e.dataset.line));
  assert.deepEqual(flagged, ['24', '28', '34']);
});

test('picking a finding selects its line in the text', { skip: missing }, async () => {
  await page.click('#diagnostics li:first-child button');
  const selected = await page.$eval('textarea#source', (a) => a.value.slice(a.selectionStart, a.selectionEnd));
  assert.equal(selected, '四、扎实做好今年重点工作');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'source');
});

test('the outline updates as one types', { skip: missing }, async () => {
  await page.focus('textarea#source');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n\n五、附则\n');
  await page.waitForFunction(() => document.querySelectorAll('#outline li[data-level="1"]').length === 4);
  await paste(speech());
  await page.waitForFunction(() => document.querySelectorAll('#outline li[data-level="1"]').length === 3);
});

test('fix shows the corrections as a diff', { skip: missing }, async () => {
  await page.click('button#fix');
  await page.waitForSelector('#diff .add');
  const added = await page.$$eval('#diff .add mark', (els) => els.map((e) => e.textContent));
  assert.ok(added.includes('三'), `corrections: ${added}`);
  assert.equal(await page.isEnabled('#fix-download'), true);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#fix-download')]);
  const fixed = readFileSync(await download.path(), 'utf8');
  assert.match(fixed, /\n三、扎实做好今年重点工作/);
});

test('the mind map draws the outline', { skip: missing }, async () => {
  await page.click('#tab-map');
  await page.waitForFunction(() => document.querySelectorAll('#mindmap g.markmap-node').length >= 10);
  const labels = await page.$$eval('#mindmap foreignObject', (els) => els.map((e) => e.textContent));
  assert.ok(labels.some((l) => l.includes('清醒认识面临的问题和挑战')), labels.join(' | '));
  await page.click('#tab-outline');
});

test('an export downloads', { skip: missing }, async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-format="json"]')]);
  const doc = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(doc.version, 1);
  assert.equal(doc.speeches[0].sections.length, 3);
  const [opml] = await Promise.all([page.waitForEvent('download'), page.click('[data-format="opml"]')]);
  assert.match(opml.suggestedFilename(), /\.opml$/);
});

test('a .docx upload is read as Word shows it', { skip: missing }, async () => {
  await page.setInputFiles('input[type=file]#file', path.join(testdata, 'speech.docx'));
  await page.waitForFunction(() => document.querySelector('.speech-title')?.textContent === '关于做好秋季防汛工作的讲话');
  assert.match(await page.inputValue('textarea#source'), /^关于做好秋季防汛工作的讲话\n同志们：/);
  const codes = await page.$$eval('#diagnostics li', (els) => els.map((e) => e.dataset.code));
  assert.deepEqual(codes, ['numbering-gap']);
  assert.match(await page.textContent('#status'), /speech\.docx（docx）/);
});

test('an .html upload gives an outline', { skip: missing }, async () => {
  await page.setInputFiles('input[type=file]#file', path.join(testdata, 'speech.html'));
  await page.waitForFunction(() => /speech\.html/.test(document.querySelector('#status').textContent));
  assert.ok(await page.$('#outline .speech'));
});

test('a file dropped on the text is read in its encoding', { skip: missing }, async () => {
  // 一、总体\n三、主要\n in GB18030.
  const bytes = [0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5, 0x0a, 0xc8, 0xfd, 0xa1, 0xa2, 0xd6, 0xf7, 0xd2, 0xaa, 0x0a];
  const transfer = await page.evaluateHandle((b) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(b)], 'gb.txt', { type: 'text/plain' }));
    return dt;
  }, bytes);
  await page.dispatchEvent('#drop', 'dragenter', { dataTransfer: transfer });
  assert.equal(await page.getAttribute('#drop', 'class'), 'drop dragging');
  await page.dispatchEvent('#drop', 'drop', { dataTransfer: transfer });
  await page.waitForFunction(() => document.querySelector('#source').value === '一、总体\n三、主要\n');
  await page.waitForFunction(() => /gb\.txt（gb18030）/.test(document.querySelector('#status').textContent));
  const codes = await page.$$eval('#diagnostics li', (els) => els.map((e) => e.dataset.code));
  assert.ok(codes.includes('numbering-gap'), codes.join(' '));
  // Fixed, the file keeps its encoding.
  await page.click('button#fix');
  await page.waitForSelector('#diff .add');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#fix-download')]);
  assert.deepEqual([...readFileSync(await download.path())],
    [0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5, 0x0a, 0xb6, 0xfe, 0xa1, 0xa2, 0xd6, 0xf7, 0xd2, 0xaa, 0x0a]);
  await page.click('#tab-outline');
});

test('boilerplate that was set aside is shown greyed on request', { skip: missing }, async () => {
  await paste(readFileSync(path.join(repo, 'testdata', 'docs', 'web-page.txt'), 'utf8'));
  await page.waitForFunction(() => document.querySelectorAll('#noise li').length > 0);
  assert.equal(await page.isVisible('#noise'), false);
  await page.check('#show-noise');
  assert.equal(await page.isVisible('#noise li:first-child'), true);
  const count = await page.$$eval('#noise li', (els) => els.length);
  assert.equal(await page.textContent('#noise-count'), String(count));
  assert.equal(await page.$eval('#noise li .noise-text', (e) => getComputedStyle(e).textDecorationLine), 'line-through');
  await page.uncheck('#show-noise');
});

test('the page switches to English', { skip: missing }, async () => {
  await paste(speech());
  await page.waitForSelector('#diagnostics li');
  await page.click('button#lang');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('#tab-map'), 'Mind map');
  assert.equal(await page.textContent('#diagnostics li:first-child .msg-en'), 'A number is skipped');
  await page.click('button#lang');
  assert.equal(await page.textContent('#tab-map'), '导图');
});

test('keyboard: every control is reached with Tab and shows focus', { skip: missing }, async () => {
  await page.goto(origin + '/');
  const reached = new Set();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const el = document.activeElement;
      const outline = getComputedStyle(el).outlineStyle;
      return `${el.tagName.toLowerCase()}#${el.id}:${outline}`;
    });
    reached.add(id);
  }
  for (const want of ['textarea#source', 'button#parse', 'button#fix', 'button#lang', 'input#file']) {
    assert.ok([...reached].some((r) => r.startsWith(want)), `${want} not reached: ${[...reached]}`);
  }
});

test('screenshots at a laptop\'s and a phone\'s width', { skip: missing }, async () => {
  const file = process.env.SCREENSHOT_SPEECH;
  const text = file ? readFileSync(file, 'utf8') : speech();
  for (const [name, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]]) {
    await page.setViewportSize(viewport);
    await page.goto(origin + '/');
    await paste(text);
    await page.waitForSelector('#outline li[data-level]');
    await page.waitForFunction(() => document.querySelector('#status').dataset.kind === 'ok');
    await page.evaluate(() => {
      document.activeElement.blur();
      document.querySelector('#source').scrollTop = 0;
    });
    await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: name === 'phone' });
    await page.click('#tab-map');
    await page.waitForSelector('#mindmap g.markmap-node');
    await page.waitForTimeout(700); // the map's transition
    await page.screenshot({ path: path.join(shots, `${name}-map.png`), fullPage: false });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('no request left the origin, and no policy was broken', { skip: missing }, async () => {
  assert.ok(requests.length > 5, 'requests were recorded');
  const foreign = requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
  const seen = await page.evaluate(() => window.__violations);
  violations.push(...seen);
  assert.deepEqual(violations, []);
  assert.deepEqual(consoleErrors.filter((e) => /Content Security Policy|Refused/.test(e)), []);
});
