// Web Mercator tile arithmetic (XYZ scheme) shared by the tile cutter, the data validator's land
// lookups and the tests that read tiles back.

/** Fractional tile coordinates of [lng, lat] at zoom z. */
export function tileFraction([lng, lat]: readonly [number, number], z: number): { x: number; y: number } {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  return {
    x: ((lng + 180) / 360) * n,
    y: ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n,
  };
}

/** The tile holding [lng, lat] at zoom z, and the point's position inside it in tile units. */
export function tileAt(point: readonly [number, number], z: number, extent = 4096) {
  const f = tileFraction(point, z);
  const x = Math.floor(f.x);
  const y = Math.floor(f.y);
  return { z, x, y, px: (f.x - x) * extent, py: (f.y - y) * extent };
}

/** Even-odd point-in-polygon over a polygon's rings, in any one coordinate space. */
export function ringsContain(rings: readonly (readonly { x: number; y: number }[])[], px: number, py: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let a = 0, b = ring.length - 1; a < ring.length; b = a++) {
      const p = ring[a]!;
      const q = ring[b]!;
      if ((p.y > py) !== (q.y > py) && px < ((q.x - p.x) * (py - p.y)) / (q.y - p.y) + p.x) inside = !inside;
    }
  }
  return inside;
}
