/**
 * The build's address settings. `BASE_PATH` is the sub-path the site is served under and
 * `SITE_URL` its public address; both always end with "/". Never throws on odd input: it
 * normalises what it can and reports the rest.
 */
export interface SiteConfig {
  basePath: string;
  /** SITE_URL, or, when it is not set, the address `npm start` serves the site at. */
  siteUrl: string;
  /**
   * Whether SITE_URL was set. Without it the static pages' canonical links and cards name
   * `siteUrl`'s local address, and the running site names the address it is served at instead.
   */
  siteUrlGiven: boolean;
}

export function resolveSiteConfig(env: { BASE_PATH?: string; SITE_URL?: string }): SiteConfig {
  const raw = (env.BASE_PATH ?? "/").trim() || "/";
  const basePath = `/${raw.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  const fallback = `http://localhost:4173${basePath}`;
  let siteUrl = fallback;
  if (env.SITE_URL) {
    const parsed = new URL(env.SITE_URL); // a malformed SITE_URL should stop the build loudly
    siteUrl = parsed.href.endsWith("/") ? parsed.href : `${parsed.href}/`;
  }
  return { basePath, siteUrl, siteUrlGiven: Boolean(env.SITE_URL) };
}

/**
 * A path under the base (from formatPath or formatUrlState) at the site's public address: SITE_URL
 * when the build was given one (""), else the origin the page is served from, so a site deployed
 * without it still shares links to itself rather than to localhost.
 */
export function publicAddress(localPath: string, basePath: string, siteUrl: string, pageOrigin: () => string): string {
  const site = siteUrl || new URL(basePath, pageOrigin()).href;
  return new URL(localPath.slice(basePath.length), site).href;
}
