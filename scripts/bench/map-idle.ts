// When the map next comes to rest after something a person does: the page's map container says
// `data-idle="true"` once the camera has stopped and every tile is drawn (src/map). The browser
// tests and the benchmark both time a tour step by it; it lives here so the bench needs no test code.
import type { Page } from "playwright-core";

/**
 * Does `act` (a key press, a click) and resolves with the ms from just before it to the map's next
 * idle after it, read in the page's own clock. Watches the attribute from before `act`, so a
 * settle too quick to poll for is still seen.
 */
export async function msToNextIdle(page: Page, act: () => Promise<void>, timeoutMs = 60_000): Promise<number> {
  const startedAt = await page.evaluate(() => {
    const map = document.querySelector("[data-idle]");
    if (!map) throw new Error("no map on the page");
    const settles: number[] = [];
    (window as unknown as { __settles: number[] }).__settles = settles;
    new MutationObserver(() => {
      if (map.getAttribute("data-idle") === "true") settles.push(performance.now());
    }).observe(map, { attributes: true, attributeFilter: ["data-idle"] });
    return performance.now();
  });
  await act();
  const handle = await page.waitForFunction((t) => (window as unknown as { __settles: number[] }).__settles.find((at) => at > t),
    startedAt, { timeout: timeoutMs });
  return (await handle.jsonValue()) as number - startedAt;
}
