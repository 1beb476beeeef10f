// Drives Neo4j Browser as a person would, in Debian's headless Chromium (run by BrowserIT):
//   node e2e.mjs <browser-url> <screenshot.png> <expected text>... [--graph <browser-url> <graph.png>]
// The Browser URL connects by itself and pre-fills the editor (cmd=edit&arg=...): with a password it is serve's login
// page (/newsgraph/login#password=...), which hands the password to Browser and opens it. The script waits until Browser has
// connected and run the server's post-connect commands (our :style and :play guide), clicks Run, waits for the
// result frame, checks that every expected text is in it, and saves a screenshot. With --graph it then opens a second
// URL the same way and saves a picture of that result (for the README). Exit code 0 on success.
import puppeteer from 'puppeteer-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const graphAt = args.indexOf('--graph');
const [graphUrl, graphScreenshot] = graphAt >= 0 ? args.splice(graphAt, 3).slice(1) : [];
const [url, screenshot, ...expected] = args;
if (!url || !screenshot || expected.length === 0) {
  console.error('usage: node e2e.mjs <browser-url> <screenshot.png> <expected text>...');
  process.exit(2);
}
const TIMEOUT = 60_000;
const executablePath = execFileSync('which', ['chromium']).toString().trim();
const profile = mkdtempSync(join(tmpdir(), 'newsgraph-chromium-'));
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--user-data-dir=${profile}`, '--window-size=1400,1000'],
  defaultViewport: { width: 1400, height: 1000 },
});

/** Opens a Browser URL, waits for the connection and our guide, runs the pre-filled query, checks its result. */
async function openConnectAndRun(target, texts) {
  await page.goto(target, { waitUntil: 'domcontentloaded', timeout: TIMEOUT });
  if (new URL(target).pathname.endsWith('/newsgraph/login')) {
    // the login page opens Browser itself once it has handed over the password
    await page.waitForFunction(() => location.pathname.startsWith('/browser/'), { timeout: TIMEOUT });
    if (page.url().includes('password=')) {
      throw new Error(`the password is still in the address bar: ${page.url()}`);
    }
    console.log('logged in through the login page with the password from the URL');
  }

  // Connected, and the post-connect commands ran: a ':style http...' frame and a ':play http...' frame appear.
  await page.waitForFunction(() => {
    const commands = [...document.querySelectorAll('[data-testid="frameCommand"]')].map((e) => e.textContent);
    return commands.some((c) => c.includes(':style http')) && commands.some((c) => c.includes(':play http'));
  }, { timeout: TIMEOUT });
  const guideTitle = await page.waitForFunction(
    () => [...document.querySelectorAll('[data-testid="frame"]')].map((f) => f.textContent)
      .find((t) => t.includes('newsgraph: the news as a graph')), { timeout: TIMEOUT });
  console.log(`guide shown: ${Boolean(await guideTitle.jsonValue())}`);
  const styleErrors = await page.evaluate(() => [...document.querySelectorAll('[data-testid="frame"]')]
    .filter((f) => f.textContent.includes(':style http') && /error|could not/i.test(f.textContent)).length);
  if (styleErrors > 0) {
    throw new Error('the :style frame shows an error');
  }

  // The query is in the editor (cmd=edit); run it.
  await page.waitForSelector('[data-testid="editor-Run"]', { timeout: TIMEOUT });
  const before = await page.$$eval('[data-testid="frame"]', (frames) => frames.length);
  await page.click('[data-testid="editor-Run"]');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="frame"]').length > n,
    { timeout: TIMEOUT }, before);

  // The newest frame is at the top of the stream: wait until it shows a result and holds every expected text.
  const found = await page.waitForFunction((texts) => {
    const frame = document.querySelector('[data-testid="frame"]');
    if (!frame || frame.querySelector('[data-testid="cypherFrameErrorMessage"]')) {
      return frame && frame.querySelector('[data-testid="cypherFrameErrorMessage"]') ? 'error' : false;
    }
    const text = frame.textContent;
    return texts.every((t) => text.includes(t)) ? 'ok' : false;
  }, { timeout: TIMEOUT }, texts);
  const outcome = await found.jsonValue();
  if (outcome !== 'ok') {
    const message = await page.$eval('[data-testid="frame"]', (f) => f.textContent.slice(0, 500));
    throw new Error(`the query failed in Browser: ${message}`);
  }
}

let failure = null;
let saved = false;
const page = await browser.newPage();
try {
  page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
  await openConnectAndRun(url, expected);
  await new Promise((r) => setTimeout(r, 1500)); // let the result settle for the picture
  console.log(`found in the result: ${expected.join(', ')}`);
  await page.screenshot({ path: screenshot });
  saved = true;
  console.log(`screenshot: ${screenshot}`);
  if (graphUrl) {
    await openConnectAndRun(graphUrl, expected);
    await new Promise((r) => setTimeout(r, 3000)); // let the force layout settle
    await page.screenshot({ path: graphScreenshot });
    console.log(`graph screenshot: ${graphScreenshot}`);
  }
} catch (e) {
  failure = e;
} finally {
  if (!saved) {
    await page.screenshot({ path: screenshot }).catch((e) => console.error(`no screenshot: ${e.message}`));
  }
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
if (failure) {
  console.error(`e2e failed: ${failure.message} (screenshot: ${screenshot})`);
  process.exit(1);
}
