import { Show, createEffect, createMemo, createResource, createSignal, on, onCleanup, onMount } from "solid-js";
import { formatUrlState, type UrlProblem } from "../state/url-state";
import type { AtlasData, CorridorId } from "../model/corridor";
import { quoteElementId, quoteHome } from "../state/selection";
import { sameSelection, type Camera, type Selection } from "../model/view";
import { clampYear, milestoneYears, yearRange, type ShownYear } from "../model/year";
import { Legend } from "./Legend";
import { MapView, type ViewRequest } from "./MapView";
import { addressCameraIsFramed, makeAddressListener, publicUrl, readAddress, setFragment, showAddress } from "./address";
import { Notice } from "./Notice";
import { ShareBar } from "./ShareBar";
import type { EmbedAddress } from "./EmbedButton";
import { PresenterView } from "./PresenterView";
import { TourMode } from "./TourMode";
import { clampStop, viewOfStop } from "../tour/tour";
import { registerOffline, type OfflineCache, type OfflineStatus } from "./offline";
import { SidePanel } from "./SidePanel";
import { YearControl } from "./YearControl";
import { useLocale } from "./locale-context";

const nameOf = (data: AtlasData, s: Selection) =>
  s.kind === "corridor" ? data.corridors.find((c) => c.id === s.id)?.name : data.hubs.features.find((h) => h.properties.id === s.id)?.properties.name;


/**
 * `firstScreen`: the static page's first screen (FirstScreen), shown until the data has loaded.
 * `data`: the data bundle, already on its way (started before the page was taken over).
 */
export function App(props: { firstScreen?: Element; data: Promise<AtlasData> }) {
  const { t, locale, pageBase: BASE } = useLocale();
  const problemText = (p: UrlProblem) =>
    p.kind === "unknown-corridor" ? t.unknownCorridor(p.id) : p.kind === "unknown-hub" ? t.unknownHub(p.id) : t.unknownAddress(p.path);
  const [data] = createResource(() => props.data);
  const [selection, setSelection] = createSignal<Selection>();
  // What the map is asked to show, a new request for every pick, tour step and Back.
  const [view, setView] = createSignal<ViewRequest>();
  // Where the camera last came to rest: a new entry starts with it, until the map frames its view.
  let camera: Camera | undefined;
  const [notice, setNotice] = createSignal<string>();
  const [embed, setEmbed] = createSignal(false);
  // The person moved the map since the last selection: a shared link should keep their camera.
  const [movedByHand, setMovedByHand] = createSignal(false);
  const [mode, setMode] = createSignal<"atlas" | "tour" | "presenter">("atlas");
  const [tourIndex, setTourIndex] = createSignal(0);
  const [offlineStatus, setOfflineStatus] = createSignal<OfflineStatus>("waiting");
  let offline: OfflineCache = { start: () => undefined };
  const makeOffline = () => {
    setOfflineStatus("saving");
    offline.start();
  };
  // Settles when the first map is ready, or cannot start: then the offline cache may begin.
  let settleMap!: () => void;
  const mapSettled = new Promise<void>((resolve) => (settleMap = resolve));
  const [highlighted, setHighlighted] = createSignal<CorridorId>();
  // The year the network is shown in; undefined is today. It rides in the address (#year=).
  const [year, setYear] = createSignal<ShownYear>();
  const sections = () => data()?.corridors.flatMap((c) => c.segments.features.map((f) => f.properties)) ?? [];
  const years = createMemo(() => yearRange(sections(), new Date().getFullYear()));
  const milestones = createMemo(() => milestoneYears(sections(), years()));
  /** Shows the network in a year and keeps it in the address (in place: Back does not walk through years). */
  const showYear = (next: ShownYear) => {
    setYear(next);
    setFragment({ year: next ?? null });
  };
  const [announcement, setAnnouncement] = createSignal("");
  // Where focus goes back to when the panel closes: the list entry (or map) it was opened from.
  let returnTo: string | HTMLElement | undefined;

  /**
   * Focus to the panel's heading, where a screen reader goes on reading. `quiet` (a page just
   * opened, nobody has pressed a key) draws no focus ring: on a heading it looked like a text box.
   * A browser without `focusVisible` draws its ring as before. Nor does it scroll: on a small
   * phone the heading lies below the sheet's fold, and the list opened part-way down.
   */
  const focusHeading = (quiet = false) => queueMicrotask(() =>
    document.querySelector<HTMLElement>(".panel__heading")?.focus(quiet ? ({ focusVisible: false, preventScroll: true } as FocusOptions) : undefined));

  const titleFor = (s: Selection | undefined) => {
    const ready = data();
    const name = s && ready ? nameOf(ready, s) : undefined;
    return name ? t.pageTitle(name) : t.siteTitle;
  };
  const hubIds = () => new Set(data()?.hubs.features.map((h) => h.properties.id));
  // The camera is the atlas's framing of the view (not a camera the address gave, or the reader's).
  let framing = false;
  /** A pick pushes its page's address; the camera follows once the map has framed it. */
  const show = (next: Selection | undefined, how: { push: boolean; frame: boolean; camera?: Camera }) => {
    if (how.push) showAddress({ view: next, embed: embed(), presenter: false, camera, year: year() }, BASE, "push");
    framing = how.frame;
    setMovedByHand(false);
    setSelection(next);
    setView({ selection: next, frame: how.frame, camera: how.camera });
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
    show(undefined, { push: true, frame: true });
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
    const state = readAddress(BASE, hubIds());
    setEmbed(state.embed);
    setNotice(state.problems[0] ? problemText(state.problems[0]) : undefined);
    // A year out of range becomes the nearest one shown, written back so the address tells the truth.
    if (state.view?.kind !== "tour") showYear(clampYear(state.year, years()));
    if (state.view?.kind === "tour") {
      setMode(state.presenter ? "presenter" : "tour");
      // Writes the stop back, so garbage or an out-of-range number becomes the real stop shown.
      goToStop(clampStop(state.stop, ready.tour.length));
      document.title = t.pageTitle(t.tourTitle);
      return;
    }
    setMode("atlas");
    const view = state.view;
    // An address with a camera (a shared view, Back to a panned map) shows that camera; one the
    // atlas framed is framed again, for the screen as it is now.
    const given = addressCameraIsFramed() ? undefined : state.camera;
    show(view, { push: false, frame: !given, camera: given });
    if (view) {
      setAnnouncement(t.showing(nameOf(ready, view) ?? view.id));
      // An embed never takes focus: on someone else's page it would steal the reader's keys and scroll.
      if (coldOpen && !state.embed) focusHeading(true);
    }
  };

  onMount(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !event.defaultPrevented && selection()) close();
    };
    offline = registerOffline(mapSettled, locale, () => setOfflineStatus("ready"));
    document.addEventListener("keydown", onKey);
    const stopListening = makeAddressListener(() => followAddress(false));
    onCleanup(() => {
      document.removeEventListener("keydown", onKey);
      stopListening();
    });
  });


  /**
   * A tour stop replaces the address, so a reload stays on it and Back leaves the tour. Every
   * stop is framed afresh, however it was reached: a stop's own camera is the stop's framing.
   */
  const goToStop = (index: number) => {
    setTourIndex(index);
    const stop = data()?.tour[index];
    setYear(stop?.year);
    setFragment({ stop: index + 1, year: stop?.year ?? null });
    const { selection, camera } = stop ? viewOfStop(stop.show) : { selection: undefined, camera: undefined };
    framing = !camera;
    setView({ selection, frame: !camera, camera });
  };
  const leaveTour = () => {
    showAddress({ view: undefined, embed: embed(), presenter: false }, BASE, "push");
    followAddress(false);
  };

  /**
   * The address of what is shown, on this site and at its public address: the view and its year,
   * and the camera only when the person moved the map (otherwise each screen frames the view).
   */
  const shownAddress = (embedded: boolean): EmbedAddress => {
    const local = formatUrlState({ view: selection(), embed: embedded, presenter: false, camera: movedByHand() ? camera : undefined, year: year() }, BASE);
    return { localUrl: local, publicUrl: publicUrl(local) };
  };

  // A link to a quote opens the panel it belongs to and brings the quote into view.
  createEffect(on(() => data.state === "ready", (ready) => {
    if (ready) followAddress(true);
    const quoteId = ready ? readAddress(BASE, hubIds()).quote : undefined;
    const quote = quoteId ? data()!.quotes.find((q) => q.id === quoteId) : undefined;
    if (quoteId && !quote) {
      // Said plainly (unless the address's page was wrong too: that is said first), and taken
      // out of the address, so the link shared on from here works.
      if (!notice()) setNotice(t.unknownQuote(quoteId));
      setFragment({ quote: null });
    }
    if (!quote) return;
    // On the overview, a passage it does not show is opened on its own page.
    const view = quoteHome(quote);
    if (view && !selection()) {
      // The quote's own page becomes the address, so the link keeps working when shared on.
      showAddress({ ...readAddress(BASE, hubIds()), view }, BASE, "replace");
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
        share={<ShareBar url={() => shownAddress(false).publicUrl} embed={() => shownAddress(true)} title={titleFor(selection())} />}
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
          year={year()}
          present={years().today}
          view={view()}
          keyboardPanning={mode() !== "tour"}
          onCameraChange={(at) => {
            camera = at;
            setFragment({ camera: at, framed: framing && !movedByHand() });
          }}
          onHoverCorridor={setHighlighted}
          // In the tour a click shows its popup, but the tour stays on its stop: a stray click on a
          // projector must not take the talk off to a hub's page. A click on what is already shown
          // only opens its popup: the reader who zoomed in to a section stays there.
          onPick={(next) => { if (mode() !== "tour" && !sameSelection(next, selection())) open(next); }}
          onMovedByHand={() => setMovedByHand(true)}
        />
        <Show when={data.state === "ready" && mode() === "atlas" && data()}>
          {(ready) => <Legend data={ready()} highlighted={highlighted()} onHighlight={setHighlighted} />}
        </Show>
        <Show when={data.state === "ready" && mode() === "atlas"}>
          <YearControl range={years()} milestones={milestones()} year={year()} onYear={showYear} />
        </Show>
        <Show when={data.state === "ready" && mode() === "tour" && data()}>
          {(ready) => <TourMode data={ready()} index={tourIndex()} onIndex={goToStop} onLeave={leaveTour} offline={offlineStatus()} onMakeOffline={makeOffline} />}
        </Show>
      </main>
      <div class="visually-hidden" aria-live="polite">{announcement()}</div>
    </div>
    </Show>
  );
}
