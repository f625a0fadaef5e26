// browser.mjs — opens HTML reports in Debian's chromium (headless, through
// playwright-core) and checks what a reader does with them: following a
// fact to its clause, filtering by category, and that a hostile policy runs
// no script.  Prints "ok - ..." / "not ok - ..." lines; saves screenshots.
//
//   node browser.mjs OUTDIR REPORT.html HOSTILE.html
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [outDir, reportPath, hostilePath] = process.argv.slice(2);
let failures = 0;

// Print one TAP-style result.
function check(ok, name, detail) {
  if (!ok) failures++;
  console.log(`${ok ? 'ok' : 'not ok'} - browser: ${name}`);
  if (!ok && detail !== undefined) console.log(`# ${JSON.stringify(detail)}`);
}

// Open a file in a fresh page, recording requests and policy violations.
async function open(context, path) {
  const page = await context.newPage();
  const seen = { requests: [], violations: [], errors: [] };
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) seen.violations.push(m.text());
  });
  const url = pathToFileURL(resolve(path)).href;
  await page.goto(url);
  return { page, seen, url };
}

// Whether the element's box lies within the viewport.
function inViewport(el) {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.top < window.innerHeight && r.bottom > 0;
}

const profile = mkdtempSync(join(tmpdir(), 'policy-clauses-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
context.setDefaultTimeout(15000);

try {
  // ---- a report: facts link to clauses
  const { page, seen, url } = await open(context, reportPath);
  await page.screenshot({ path: join(outDir, 'report-top.png') });
  check(seen.requests.every((u) => u === url), 'the page loads nothing but itself', seen.requests);

  // the last fact of the card points furthest down the page
  const links = page.locator('.card a.fact');
  const nlinks = await links.count();
  check(nlinks > 0, 'the summary card has fact links', nlinks);
  const link = links.nth(nlinks - 1);
  const href = await link.getAttribute('href');
  const target = page.locator(href);
  const visibleBefore = await target.evaluate(inViewport);
  await link.click();
  await page.waitForFunction((h) => location.hash === h, href);
  const after = await target.evaluate((el) => ({
    target: el.matches(':target'),
    outline: getComputedStyle(el).outlineStyle,
    inView: (() => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })(),
  }));
  check(!visibleBefore && after.inView, `clicking a fact (${href}) scrolls its clause into view`,
    { visibleBefore, after });
  check(after.target && after.outline !== 'none', 'the clause is highlighted', after);
  check((await target.locator('.ev').count()) > 0, 'the clause marks its evidence words');
  await page.screenshot({ path: join(outDir, 'report-fact.png') });

  // ---- the category filter
  const button = page.locator('.legend button[data-filter="data_retention"]');
  const category = 'data_retention';
  const wanted = Number(await button.locator('.count').textContent());
  await button.click();
  const state = await page.evaluate((cat) => {
    const all = [...document.querySelectorAll('.clause')];
    const shown = all.filter((c) => c.offsetParent !== null);
    return {
      total: all.length,
      shown: shown.length,
      otherShown: shown.filter((c) => c.dataset.category !== cat).length,
      pressed: document.querySelector(`.legend button[data-filter="${cat}"]`).getAttribute('aria-pressed'),
    };
  }, category);
  check(state.shown === wanted && state.otherShown === 0 && state.total > state.shown,
    'the category filter shows only that category', state);
  await page.screenshot({ path: join(outDir, 'report-filtered.png') });

  // a fact whose clause the filter hides brings the clause back
  const hidden = await page.evaluate(() => {
    const a = [...document.querySelectorAll('.card a.fact')]
      .find((l) => document.getElementById(l.hash.slice(1)).hidden);
    return a ? a.getAttribute('href') : null;
  });
  if (hidden) {
    await page.locator(`.card a.fact[href="${hidden}"]`).first().click();
    await page.waitForFunction((h) => location.hash === h, hidden);
    const back = await page.locator(hidden).evaluate((el) => ({
      shown: el.offsetParent !== null,
      all: document.querySelectorAll('.clause[hidden]').length,
    }));
    check(back.shown && back.all === 0, 'following a fact to a filtered-out clause shows it', back);
  } else {
    check(false, 'a fact links to a clause the filter hides');
  }
  check(seen.violations.length === 0 && seen.errors.length === 0,
    'the page script runs under its content security policy', seen);

  // ---- a hostile policy runs nothing it contains
  const hostile = await open(context, hostilePath);
  const h = hostile.page;
  await h.locator('.clause').last().hover();
  await h.locator('.legend button').last().click();
  await h.locator('.legend button').first().click();
  const report = await h.evaluate(() => ({
    injected: window.__pcInjected,
    scripts: document.scripts.length,
    elements: document.querySelectorAll('img, svg, iframe, body style').length,
    handlers: [...document.querySelectorAll('*')]
      .filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
    jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    textShown: document.body.innerText.includes('<script>window.__pcInjected'),
    bodyShown: document.body.offsetHeight > 0,
  }));
  check(report.injected === undefined, 'hostile policy: no injected script ran', report);
  check(report.scripts === 1 && report.elements === 0 && report.handlers === 0 && report.jsLinks === 0,
    'hostile policy: no element from the text exists', report);
  check(report.textShown && report.bodyShown, 'hostile policy: the markup is shown as text', report);
  check(hostile.seen.requests.every((u) => u === hostile.url), 'hostile policy: nothing is fetched',
    hostile.seen.requests);
  await h.screenshot({ path: join(outDir, 'hostile.png'), fullPage: true });
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failures ? 1 : 0);
