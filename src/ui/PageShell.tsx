import type { AtlasData } from "../model/corridor";
import type { View } from "../state/url-state";
import type { EmbedAddress } from "./EmbedButton";
import { FirstScreen } from "./FirstScreen";
import { MapLoading } from "./MapLoading";
import { ShareBar } from "./ShareBar";
import { SidePanel } from "./SidePanel";
import { useLocale } from "./locale-context";

/**
 * A page as the build writes it for one view, before any script has run: the app's own panel
 * (title, language links, the view's first screen) and the map's place saying it is loading.
 * Rendered to HTML with Solid's server rendering (scripts/share/render-shell.tsx); the app
 * takes it over in main.tsx. `address` and `title` are what Share and Embed name (the page's
 * own), though here they wait for the script.
 */
export function PageShell(props: { view: View; data: AtlasData; address: EmbedAddress; title: string }) {
  const { t } = useLocale();
  const selection = () => (props.view?.kind === "tour" ? undefined : props.view);
  return (
    <>
      <div class="app" classList={{ "app--tour": props.view?.kind === "tour" }}>
        <SidePanel data={undefined} selection={selection()} onPick={() => undefined} onClose={() => undefined}
          placeholder={<FirstScreen view={props.view} data={props.data} />}
          share={<ShareBar url={() => props.address.publicUrl} embed={() => props.address} title={props.title} />} />
        <main class="app__main"><div class="map-view" aria-busy="true"><MapLoading /></div></main>
      </div>
      <noscript><p class="notice">{t.noScript}</p></noscript>
    </>
  );
}
