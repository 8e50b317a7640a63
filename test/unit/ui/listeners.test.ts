// Every listener a module adds is gone once its cleanup has run: a key or a Back after it reaches
// no one. Plain EventTargets stand in for the window (these modules touch nothing else of it).
import { afterEach, describe, expect, test, vi } from "vitest";
import { makeTourKeys } from "../../../src/ui/tour-keys";
import { makeAddressListener } from "../../../src/ui/address";

const key = (name: string) => Object.assign(new Event("keydown", { cancelable: true }), { key: name });

describe("listeners clean up after themselves", () => {
  afterEach(() => vi.unstubAllGlobals());

  test("the tour's keys act until stopped, then never again", () => {
    // tour-keys asks whether the key came from an element (a link, a popup): here it never does.
    vi.stubGlobal("Element", class {});
    const target = new EventTarget();
    const onAction = vi.fn();
    const stop = makeTourKeys(target as unknown as Window, onAction);
    target.dispatchEvent(key("ArrowRight"));
    expect(onAction).toHaveBeenCalledWith("next");
    stop();
    target.dispatchEvent(key("ArrowRight"));
    target.dispatchEvent(key("b"));
    expect(onAction).toHaveBeenCalledTimes(1);
  });

  test("the address listener hears Back until stopped, then never again", () => {
    const window = new EventTarget();
    vi.stubGlobal("window", window);
    const listener = vi.fn();
    const stop = makeAddressListener(listener);
    window.dispatchEvent(new Event("popstate"));
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    window.dispatchEvent(new Event("popstate"));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
