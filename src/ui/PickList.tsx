import { For, type JSX } from "solid-js";

export interface PickItem {
  key: string;
  label: string;
  detail?: string;
  icon: JSX.Element;
}

/**
 * A list of buttons that Tab enters once and the arrow keys move through (a roving tabindex),
 * as a keyboard user expects of a list of choices.
 */
export function PickList(props: {
  label: string;
  /** "corridor" or "hub": buttons carry data-pick="kind:key" so focus can find its way back. */
  kind: string;
  items: PickItem[];
  onPick: (key: string, button: HTMLButtonElement) => void;
}) {
  let list!: HTMLUListElement;
  const buttons = () => Array.from(list.querySelectorAll<HTMLButtonElement>("button"));
  const moveFocus = (event: KeyboardEvent) => {
    const all = buttons();
    const at = all.indexOf(event.target as HTMLButtonElement);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[event.key];
    if (next === undefined || at < 0) return;
    event.preventDefault();
    const target = all[Math.max(0, Math.min(all.length - 1, next))]!;
    for (const b of all) b.tabIndex = b === target ? 0 : -1;
    target.focus();
  };
  return (
    <ul class="pick-list" aria-label={props.label} ref={list} onKeyDown={moveFocus}>
      <For each={props.items}>
        {(item, i) => (
          <li>
            <button type="button" class="pick-list__item" tabIndex={i() === 0 ? 0 : -1} data-pick={`${props.kind}:${item.key}`}
              onClick={(event) => props.onPick(item.key, event.currentTarget)}>
              {item.icon}
              <span class="pick-list__label">{item.label}</span>
              {item.detail && <span class="pick-list__detail">{item.detail}</span>}
            </button>
          </li>
        )}
      </For>
    </ul>
  );
}
