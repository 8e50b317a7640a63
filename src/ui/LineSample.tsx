/** A short stroke in a corridor's colour and dash, for lists and the legend. */
export function LineSample(props: { colour: string; dash?: string; thin?: boolean }) {
  return (
    <svg class="line-sample" viewBox="0 0 32 12" aria-hidden="true">
      <line x1="2" y1="6" x2="30" y2="6" stroke={props.colour} stroke-width={props.thin ? 2 : 3.5}
        stroke-dasharray={props.dash} stroke-linecap={props.dash ? "butt" : "round"} />
    </svg>
  );
}
