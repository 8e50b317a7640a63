// Addresses a link can carry that no one should trust: markup and script, javascript: URLs,
// 60,000-character hashes, broken percent-encoding, impossible cameras, out-of-range tour stops,
// prototype names as ids, and path traversal. Combined, 340 of them.
export interface Address { path: string; search: string; hash: string }

const PATHS = [
  "", "corridors/", "hubs/", "tour/", "corridors/kti/", "hubs/aktau/", "corridors/kti/extra/",
  "corridors/%3Cscript%3Ealert(1)%3C%2Fscript%3E/", "corridors/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/",
  "hubs/%22%20onmouseover%3D%22alert(1)/", "corridors/__proto__/", "corridors/constructor/", "hubs/__proto__/",
  "hubs/toString/", "corridors/%E0%A4%A/", "%2e%2e/%2e%2e/etc/passwd", "javascript:alert(1)/", "corridors/%00/",
  `corridors/${"x".repeat(2000)}/`, "index.html",
];
const HASHES = [
  "", "#<img src=x onerror=alert(1)>", "#map=NaN/NaN/NaN", "#map=Infinity/1/1", "#map=1e309/0/0", "#map=-5/100/500",
  "#stop=-1", "#stop=99999", "#stop=abc", "#quote=%3Cscript%3Ealert(1)%3C/script%3E", "#quote=__proto__",
  `#${"a".repeat(60000)}`, "#javascript:alert(1)", "#%E0%A4%A", "#map=5/43/51&quote=tdi-smailov-transit-kti-ports-network",
];
const QUERIES = ["", "?embed", "?%3Cscript%3Ealert(1)%3C/script%3E", "?__proto__=1&constructor=2", "?embed=%E0%A4%A"];

/** Every path with every hash, and the first eight paths with every query: 340, for the pure parser. */
export function hostileAddresses(): Address[] {
  const all: Address[] = [];
  for (const path of PATHS) for (const hash of HASHES) all.push({ path, search: "", hash });
  return [...all, ...withQueries()];
}

/**
 * For the browser, where each address costs a render: each path with four of the hashes in turn, so
 * every hash meets five different paths, and the queries as above. The app reads the path, the
 * query and the hash apart (the parser sees all 340), so 120 find what the full product would,
 * in a third of the time.
 */
export function hostileAddressSample(): Address[] {
  const perPath = 4;
  const all = PATHS.flatMap((path, i) =>
    Array.from({ length: perPath }, (_, k) => ({ path, search: "", hash: HASHES[(i * perPath + k) % HASHES.length]! })));
  return [...all, ...withQueries()];
}

function withQueries(): Address[] {
  return PATHS.slice(0, 8).flatMap((path) => QUERIES.map((search) => ({ path, search, hash: "" })));
}
