import type { JSX } from "solid-js";

/** A calm, plain-words message over or in place of the map. */
export function Notice(props: { tone?: "info" | "problem"; children: JSX.Element }) {
  return (
    <div class="notice" classList={{ "notice--problem": props.tone === "problem" }} role="status">
      {props.children}
    </div>
  );
}
