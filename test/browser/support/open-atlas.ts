// Opens the atlas in a fresh browser context, watching what a reviewer would watch.
import type { Browser, BrowserContextOptions } from "playwright-core";
import type { RunningServer } from "../../../scripts/static-server";
import { waitForMapReady, watchPage } from "./page-watch";

export async function openAtlas(browser: Browser, site: RunningServer, path = "", viewport = { width: 1280, height: 720 }, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  const watch = watchPage(page, site.url);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const response = await page.goto(new URL(path, site.url).href);
  await waitForMapReady(page);
  return { context, page, watch, dialogs, response };
}
