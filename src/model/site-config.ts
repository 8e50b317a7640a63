/**
 * The build's address settings. `BASE_PATH` is the sub-path the site is served under and
 * `SITE_URL` its public address; both always end with "/". Never throws on odd input: it
 * normalises what it can and reports the rest.
 */
export interface SiteConfig {
  basePath: string;
  siteUrl: string;
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
  return { basePath, siteUrl };
}
