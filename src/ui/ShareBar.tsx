import { EmbedButton, type EmbedAddress } from "./EmbedButton";
import { ShareButton } from "./ShareButton";

/** Share and embed what is shown, above the panel's heading. */
export function ShareBar(props: { url: () => string; embed: () => EmbedAddress; title: string }) {
  return (
    <div class="share">
      <ShareButton url={props.url} title={props.title} />
      <EmbedButton address={props.embed} title={props.title} />
    </div>
  );
}
