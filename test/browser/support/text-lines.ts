import type { Page } from "playwright-core";

/**
 * Every block under `root` (itself included) with a line, as laid out on screen, that starts with
 * a dash, as its lines joined by " | ". Only the page's own language is judged: a passage or a
 * source's name marked with another `lang` is theirs, set as they wrote it.
 */
export function linesStartingWithDash(page: Page, root: string): Promise<string[]> {
  return page.locator(root).evaluate((container) => {
    const language = document.documentElement.lang;
    const found: string[] = [];
    const blocks = [container, ...container.querySelectorAll("*")].filter((e) => getComputedStyle(e).display !== "inline");
    for (const block of blocks) {
      const lines: { text: string; ownDash: boolean }[] = [];
      let lastTop: number | undefined;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const own = node.parentElement?.closest("[lang]")?.getAttribute("lang") === language;
        const text = node.textContent ?? "";
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const box = range.getClientRects()[0];
          if (!box || box.width === 0) continue;
          // A character lower than the one before by more than half its height starts a line.
          if (lastTop === undefined || box.top > lastTop + box.height / 2) lines.push({ text: "", ownDash: false });
          lastTop = box.top;
          const line = lines[lines.length - 1]!;
          if (line.text.trim() === "" && /[—–]/.test(text[i]!)) line.ownDash = own;
          line.text += text[i];
        }
      }
      if (lines.slice(1).some((line) => line.ownDash)) found.push(lines.map((line) => line.text).join(" | "));
    }
    return found;
  });
}
