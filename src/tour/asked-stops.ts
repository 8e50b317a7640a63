// The presenter window moves at once when its clicker steps, and the tour window answers each
// step with the stop it is at. Answers arrive late: an answer to an earlier step, landing after a
// later one was asked, is already behind and must not pull the presenter's view back.

export interface AskedStops {
  /** A stop the presenter asked the tour window to go to. */
  ask(index: number): void;
  /** The tour window says it is at `index`: the stop to show, or undefined when that answer is behind. */
  answer(index: number): number | undefined;
}

export function makeAskedStops(): AskedStops {
  let asked: number[] = [];
  return {
    ask(index) {
      asked.push(index);
    },
    answer(index) {
      const at = asked.indexOf(index);
      if (at >= 0 && at < asked.length - 1) {
        asked = asked.slice(at + 1);
        return undefined;
      }
      // The last stop asked, or one the tour window went to on its own (its keys): where it is.
      asked = [];
      return index;
    },
  };
}
