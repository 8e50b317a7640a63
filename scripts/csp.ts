// The Content-Security-Policy every page of the built site carries in a <meta> (a static host
// sets no headers): only the site's own scripts, workers, styles, fonts and data; nothing inline.
import type { Plugin } from "vite";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  // The embed dialog previews the atlas in an iframe of its own pages.
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/** Adds the policy to index.html at build time only (Vite's dev server injects inline styles). */
export function contentSecurityPolicy(): Plugin {
  return {
    name: "corridor-atlas-csp",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: () => [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY }, injectTo: "head-prepend" }],
    },
  };
}
