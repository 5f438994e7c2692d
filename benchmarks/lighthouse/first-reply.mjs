// The first reply on a slow phone: Debian's Chromium, 390 x 844, throttled through the DevTools
// protocol to DevTools' "Slow 3G" (400 kbit/s each way, 2 s round trips) with a 4x CPU slowdown
// and an empty cache. Reports, from the start of navigation:
//  - first reply: the welcome and topic menu written into / by the server (what a person sees first);
//  - Web Chat's welcome: the same reply from the bot once Web Chat's script has arrived and connected;
//  - /ask answer: the simple page's answer to a question (what the first reply's box asks).
// Started by lighthouse.sh; only ever opens the given local base URL.
import puppeteer from 'puppeteer-core';

const base = process.argv[2];
if (!base || !/^http:\/\/(127\.0\.0\.1|localhost):\d+$/.test(base)) {
  console.error('usage: node first-reply.mjs http://127.0.0.1:PORT   (a local server only)');
  process.exit(2);
}
const slow3g = { offline: false, downloadThroughput: 500 * 1000 / 8 * 0.8, uploadThroughput: 500 * 1000 / 8 * 0.8, latency: 400 * 5 };

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

async function throttled() {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', slow3g);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page };
}

/** Milliseconds from the start of navigation (the page's own clock) to when the selector first shows. */
async function shownAt(page, selector) {
  for (let tries = 0; ; tries++) {
    try {
      const handle = await page.waitForFunction(
        s => document.querySelector(s)?.getClientRects().length ? Math.round(performance.now()) : 0,
        { polling: 50, timeout: 300_000 }, selector);
      return await handle.jsonValue();
    } catch (error) {
      // The navigation replaced the document the wait ran in: wait in the new one.
      if (tries > 20 || !/context|detached|navigat/i.test(String(error))) throw error;
      await new Promise(resolve => setTimeout(resolve, 50));
    }
  }
}

try {
  const runs = Number(process.env.FIRST_REPLY_RUNS ?? 3);
  const rows = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await throttled();
    // Not awaited: the load event waits for Web Chat's deferred script, the first reply does not.
    const loaded = page.goto(base + '/', { timeout: 300_000 });
    const firstReply = await shownAt(page, '#first-reply a');
    const webChat = await shownAt(page, '.webchat__basic-transcript .webchat__bubble');
    await loaded;
    await context.close();

    const ask = await throttled();
    const askLoaded = ask.page.goto(base + '/ask?q=what+is+a+detainer', { timeout: 300_000 });
    const answer = await shownAt(ask.page, 'main blockquote');
    await askLoaded;
    await ask.context.close();
    rows.push({ firstReply, webChat, answer });
    console.log(`run ${i + 1}: first reply ${firstReply} ms, Web Chat's welcome ${webChat} ms, /ask answer ${answer} ms`);
  }
  const median = key => rows.map(r => r[key]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
  console.log(`slow 3G + 4x CPU, median of ${runs}: first reply ${median('firstReply')} ms, Web Chat's welcome ${median('webChat')} ms, /ask answer ${median('answer')} ms`);
} finally {
  await browser.close();
}
