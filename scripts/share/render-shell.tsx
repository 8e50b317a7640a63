// A page's static copy of the app (PageShell), rendered with Solid's server rendering at build
// time. Loaded through Vite with Solid's compiler in server mode (shell-renderer.ts): plain tsx
// would compile these components for the browser.
import { renderToString } from "solid-js/web";
import type { AtlasData } from "../../src/model/corridor.ts";
import type { View } from "../../src/state/url-state.ts";
import { PageShell } from "../../src/ui/PageShell.tsx";
import { LocaleProvider, makeLocaleKit } from "../../src/ui/locale-context.ts";
import { PageAddressProvider } from "../../src/ui/page-address.ts";
import type { PageMeta } from "./page-meta.ts";
import { MESSAGES } from "../../src/i18n/messages.ts";

/** The HTML inside the page's #app: `data` in the page's language. */
export function renderPageShell(view: View, data: AtlasData, meta: PageMeta): string {
  const address = { pathname: meta.path, search: "", hash: "" };
  return renderToString(() => (
    <LocaleProvider value={makeLocaleKit(meta.path, import.meta.env.BASE_URL, MESSAGES[meta.locale])}>
      <PageAddressProvider value={() => address}>
        <PageShell view={view} data={data} address={{ localUrl: meta.path, publicUrl: meta.canonicalUrl }} title={meta.title} />
      </PageAddressProvider>
    </LocaleProvider>
  ));
}
