import { createEffect } from "solid-js";

/** A corridor's colour dot. */
export function Swatch(props: { colour: string }) {
  let swatch!: HTMLSpanElement;
  // Set through the DOM, never as a style attribute: the build writes this span into static
  // pages, and their security policy refuses inline styles. So the static copy has no colour.
  createEffect(() => swatch.style.setProperty("background", props.colour));
  return <span ref={swatch} class="panel__swatch" aria-hidden="true" />;
}
