// One cold load as a first-time visitor has it: a fresh browser context (so an empty HTTP cache,
// which still works within the visit) and no service worker; returns the app's map-ready time
// and the bytes that crossed the network.
import type { Browser } from "playwright-core";

export interface ColdLoad { mapReadyMs: number; bytes: number }

export async function coldLoad(browser: Browser, url: string): Promise<ColdLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  let bytes = 0;
  cdp.on("Network.loadingFinished", (event) => (bytes += event.encodedDataLength));
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("map-ready").length > 0, null, { timeout: 120_000 });
  const mapReadyMs = await page.evaluate(() => performance.getEntriesByName("map-ready")[0]!.startTime);
  await page.waitForTimeout(300); // late requests (label fonts) still count toward the first view
  await context.close();
  return { mapReadyMs, bytes };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
