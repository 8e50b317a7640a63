import { Show, createEffect, createResource, createSignal, on, onCleanup, onMount } from "solid-js";
import { formatPath, parseUrlState, type UrlProblem } from "../state/url-state";
import type { AtlasData, CorridorId } from "../model/corridor";
import { OVERVIEW } from "../model/article";
import { isCorridorId, quoteElementId, quoteIdFromHash, type Selection } from "../state/selection";
import { Legend } from "./Legend";
import { MapView } from "./MapView";
import { Notice } from "./Notice";
import { ShareButton } from "./ShareButton";
import { PresenterView } from "./PresenterView";
import { TourMode } from "./TourMode";
import { clampStop, type TourStop } from "../tour/tour";
import { registerOffline } from "./offline";
import { SidePanel } from "./SidePanel";
import { useLocale } from "./locale-context";

const nameOf = (data: AtlasData, s: Selection) =>
  s.kind === "corridor" ? data.corridors.find((c) => c.id === s.id)?.name : data.hubs.features.find((h) => h.properties.id === s.id)?.properties.name;

const SITE_BASE = import.meta.env.BASE_URL;
const SITE_URL = import.meta.env.VITE_SITE_URL;

/**
 * `firstScreen`: the static page's panel content, shown until the data has loaded.
 * `data`: the data bundle, already on its way (started before the page was taken over).
 */
export function App(props: { firstScreen?: Node[]; data: Promise<AtlasData> }) {
  const { t, pageBase: BASE } = useLocale();
  const problemText = (p: UrlProblem) =>
    p.kind === "unknown-corridor" ? t.unknownCorridor(p.id) : p.kind === "unknown-hub" ? t.unknownHub(p.id) : t.unknownAddress(p.path);
  const [data] = createResource(() => props.data);
  const [selection, setSelection] = createSignal<Selection>();
  // Whether the camera should frame the selection: not when the address brought its own camera.
  const [frame, setFrame] = createSignal(true);
  const [notice, setNotice] = createSignal<string>();
  const [embed, setEmbed] = createSignal(false);
  // The person moved the map since the last selection: a shared link should keep their camera.
  const [movedByHand, setMovedByHand] = createSignal(false);
  const [mode, setMode] = createSignal<"atlas" | "tour" | "presenter">("atlas");
  const [tourIndex, setTourIndex] = createSignal(0);
  const [offlineReady, setOfflineReady] = createSignal(false);
  // Settles when the first map is ready, or cannot start: then the offline cache may begin.
  let settleMap!: () => void;
  const mapSettled = new Promise<void>((resolve) => (settleMap = resolve));
  const [highlighted, setHighlighted] = createSignal<CorridorId>();
  const [announcement, setAnnouncement] = createSignal("");
  // Where focus goes back to when the panel closes: the list entry (or map) it was opened from.
  let returnTo: string | HTMLElement | undefined;

  const focusHeading = () => queueMicrotask(() => document.querySelector<HTMLElement>(".panel__heading")?.focus());

  const titleFor = (s: Selection | undefined) => {
    const ready = data();
    const name = s && ready ? nameOf(ready, s) : undefined;
    return name ? t.pageTitle(name) : t.siteTitle;
  };
  const show = (next: Selection | undefined, how: { push: boolean; frame: boolean }) => {
    if (how.push) {
      const path = `${formatPath(next, BASE)}${location.search}`;
      if (path !== `${location.pathname}${location.search}`) history.pushState(null, "", path);
    }
    setFrame(how.frame);
    setMovedByHand(false);
    setSelection(next);
    document.title = titleFor(next);
  };

  const open = (next: Selection, from?: HTMLElement) => {
    const pick = from?.dataset.pick;
    returnTo = selection() ? returnTo : pick ?? from;
    setNotice(undefined);
    show(next, { push: true, frame: true });
    const ready = data();
    if (ready) setAnnouncement(t.showing(nameOf(ready, next) ?? next.id));
    focusHeading();
  };

  const close = () => {
    if (!selection()) return;
    show(undefined, { push: true, frame: false });
    setAnnouncement(t.showingAll);
    const target = returnTo;
    returnTo = undefined;
    queueMicrotask(() => {
      const element = typeof target === "string" ? document.querySelector<HTMLElement>(`[data-pick="${CSS.escape(target)}"]`) : target;
      (element?.isConnected ? element : document.querySelector<HTMLElement>(".panel__heading"))?.focus();
    });
  };

  /** Reads the address: on first load, and when Back or Forward returns to an entry. */
  const followAddress = (coldOpen: boolean) => {
    const ready = data();
    if (!ready) return;
    const state = parseUrlState(location, BASE, new Set(ready.hubs.features.map((h) => h.properties.id)));
    setEmbed(state.embed);
    setNotice(state.problems[0] ? problemText(state.problems[0]) : undefined);
    if (state.view?.kind === "tour") {
      setMode(new URLSearchParams(location.search).has("presenter") ? "presenter" : "tour");
      // Writes the stop back, so garbage or an out-of-range number becomes the real stop shown.
      goToStop(clampStop(state.stop, ready.tour.length));
      document.title = t.pageTitle(t.tourTitle);
      return;
    }
    setMode("atlas");
    const view = state.view;
    // The overview on a cold open is already framed by the map's first view.
    show(view, { push: false, frame: !state.camera && !(coldOpen && !view) });
    if (view) {
      setAnnouncement(t.showing(nameOf(ready, view) ?? view.id));
      if (coldOpen) focusHeading();
    }
  };

  onMount(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !event.defaultPrevented && selection()) close();
    };
    const onPopState = () => followAddress(false);
    registerOffline(mapSettled, () => setOfflineReady(true));
    document.addEventListener("keydown", onKey);
    window.addEventListener("popstate", onPopState);
    onCleanup(() => {
      document.removeEventListener("keydown", onKey);
      window.removeEventListener("popstate", onPopState);
    });
  });

  /** A tour stop replaces the address, so a reload stays on it and Back leaves the tour. */
  const goToStop = (index: number) => {
    setTourIndex(index);
    const params = new URLSearchParams(location.hash.slice(1));
    params.set("stop", String(index + 1));
    history.replaceState(history.state, "", `#${params.toString().replace(/%2F/g, "/")}`);
  };
  const leaveTour = () => {
    history.pushState(null, "", BASE);
    followAddress(false);
  };
  const tourStop = () => (data()?.tour[tourIndex()] as TourStop | undefined);
  const tourSelection = (): Selection | undefined => {
    const show = tourStop()?.show;
    return show?.kind === "corridor" || show?.kind === "hub" ? (show as Selection) : undefined;
  };

  const shareUrl = () => {
    const url = new URL(formatPath(selection(), BASE).slice(SITE_BASE.length), SITE_URL);
    const camera = new URLSearchParams(location.hash.slice(1)).get("map");
    if (movedByHand() && camera) url.hash = `map=${camera}`;
    return url.href;
  };

  // A link to a quote opens the panel it belongs to and brings the quote into view.
  createEffect(on(() => data.state === "ready", (ready) => {
    if (ready) followAddress(true);
    const quoteId = ready ? quoteIdFromHash(location.hash) : undefined;
    const quote = quoteId ? data()!.quotes.find((q) => q.id === quoteId) : undefined;
    if (!quote) return;
    const about = quote.about.find((id) => id !== OVERVIEW);
    if (about && !selection()) {
      // The quote's own page becomes the address, so the link keeps working when shared on.
      const view: Selection = isCorridorId(about) ? { kind: "corridor", id: about } : { kind: "hub", id: about };
      history.replaceState(null, "", `${formatPath(view, BASE)}${location.search}${location.hash}`);
      show(view, { push: false, frame: true });
    }
    queueMicrotask(() => {
      const figure = document.getElementById(quoteElementId(quote.id));
      figure?.scrollIntoView({ block: "center" });
      figure?.focus({ preventScroll: true });
    });
  }));

  return (
    <Show when={mode() !== "presenter" || !data()} fallback={<PresenterView data={data()!} index={tourIndex()} />}>
    <div class="app" classList={{ "app--embed": embed(), "app--tour": mode() === "tour" }}>
      <SidePanel data={data.state === "ready" ? data() : undefined} selection={selection()} onPick={open} onClose={close}
        placeholder={data.state === "errored" ? undefined : props.firstScreen}
        share={<ShareButton url={shareUrl} title={titleFor(selection())} />}
        status={<>
          <Show when={data.state === "errored"}>
            <Notice tone="problem">{t.dataFailed}</Notice>
          </Show>
          <Show when={notice()}>
            <p class="panel__notice" role="alert">{notice()} {t.hereAreCorridors}</p>
          </Show>
        </>} />
      <main class="app__main">
        <MapView
          onSettled={settleMap}
          data={data.state === "ready" ? data() : undefined}
          dataSettled={data.state === "ready" || data.state === "errored"}
          highlighted={highlighted()}
          selection={mode() === "tour" ? tourSelection() : selection()}
          frame={mode() === "tour" ? true : frame()}
          frameKey={mode() === "tour" ? tourIndex() : undefined}
          keyboardPanning={mode() !== "tour"}
          padding={mode() === "tour" ? { top: 40, left: 40, right: 40, bottom: Math.round(window.innerHeight * 0.42) } : undefined}
          onHoverCorridor={setHighlighted}
          onPick={(next) => open(next)}
          onMovedByHand={() => setMovedByHand(true)}
        />
        <Show when={data.state === "ready" && mode() === "atlas" && data()}>
          {(ready) => <Legend data={ready()} highlighted={highlighted()} onHighlight={setHighlighted} />}
        </Show>
        <Show when={data.state === "ready" && mode() === "tour" && data()}>
          {(ready) => <TourMode data={ready()} index={tourIndex()} onIndex={goToStop} onLeave={leaveTour} offlineReady={offlineReady()} />}
        </Show>
      </main>
      <div class="visually-hidden" aria-live="polite">{announcement()}</div>
    </div>
    </Show>
  );
}
