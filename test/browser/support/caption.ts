import type { Page } from "playwright-core";

/**
 * How many rows the tour caption's controls take on screen: each row is a button's height of the
 * caption that the map and the stop's words do not get.
 */
export function captionControlRows(page: Page): Promise<number> {
  return page.locator(".tour-caption__controls").evaluate((controls) => {
    const tops = [...controls.querySelectorAll("button, a, [role=status]")]
      .map((control) => control.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0)
      .map((box) => box.top + box.height / 2);
    // Controls of one row share a middle, give or take a pixel of rounding.
    return new Set(tops.map((middle) => Math.round(middle / 8))).size;
  });
}
