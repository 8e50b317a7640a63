import { describe, expect, test } from "vitest";
import { notSavedOfflinePage } from "../../../src/i18n/not-saved-offline";

const ORIGIN = "https://host.example";
const BASE = "/atlas/";

describe("the page for a language not saved offline", () => {
  test("speaks the language asked for, and links back to the page of this site the reader came from", () => {
    const html = notSavedOfflinePage("kk", `${ORIGIN}/atlas/ru/tour/`, ORIGIN, BASE);
    expect(html).toContain('<html lang="kk">');
    expect(html).toContain("Атластың қазақша беттері бұл құрылғыда сақталмаған");
    expect(html).toContain(`<a href="${ORIGIN}/atlas/ru/tour/">Алдыңғы бетке оралу</a>`);
  });

  test("another site, no referrer or a malformed one send the reader to the atlas's base instead", () => {
    for (const referrer of ["https://elsewhere.example/atlas/", "", "not a url", `${ORIGIN}/other/`]) {
      expect(notSavedOfflinePage("en", referrer, ORIGIN, BASE), referrer).toContain(`<a href="${ORIGIN}/atlas/">`);
    }
  });

  test("a referrer's characters are escaped in the markup", () => {
    // URL parsing already encodes quotes and angle brackets; an ampersand it keeps, and so must be escaped here.
    const html = notSavedOfflinePage("ru", `${ORIGIN}/atlas/?a=1&b=2`, ORIGIN, BASE);
    expect(html).toContain(`<a href="${ORIGIN}/atlas/?a=1&#38;b=2">`);
  });
});
