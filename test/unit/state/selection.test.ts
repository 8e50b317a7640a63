import { describe, expect, test } from "vitest";
import { hashForQuote, quoteIdFromHash } from "../../../src/state/selection";

describe("quote links", () => {
  test("a quote's link keeps the camera and round-trips", () => {
    const hash = hashForQuote("#map=5.2/43.6/51.2", "pm-transit-27-5-million-tons");
    expect(hash).toBe("#map=5.2/43.6/51.2&quote=pm-transit-27-5-million-tons");
    expect(quoteIdFromHash(hash)).toBe("pm-transit-27-5-million-tons");
  });

  test("garbage and markup are not quote ids", () => {
    for (const hash of ["", "#", "#quote=", "#quote=<img src=x onerror=alert(1)>", "#quote=__proto__", "#quote=%E0%A4%A", "#map=1/2/3"]) {
      expect(quoteIdFromHash(hash), hash).toBeUndefined();
    }
  });
});
