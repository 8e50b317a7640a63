// The presenter window moves at once when its clicker steps, and the tour window answers each
// step with the stop it is at. Answers arrive late: an answer to an earlier step, or to the
// presenter's hello, landing after a later step was asked, is already behind and must not pull
// the presenter's view back.

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
      // Nothing asked: the tour window went there on its own (its keys, its buttons).
      if (asked.length === 0) return index;
      const at = asked.indexOf(index);
      // While steps are on their way, what it says of other stops is behind them: the last one
      // asked is where it will be.
      if (at < 0) return undefined;
      asked = asked.slice(at + 1);
      return asked.length === 0 ? index : undefined;
    },
  };
}
