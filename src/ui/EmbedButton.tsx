import { Show, createSignal, onCleanup } from "solid-js";
import { isServer } from "solid-js/web";
import { useLocale } from "./locale-context";
import { copyText } from "./copy-text";

/** An embed's two addresses: the public one for the code, and this site's own for the preview. */
export interface EmbedAddress { publicUrl: string; localUrl: string }

/** The iframe code for an embed: the only markup the atlas writes, as text for a person to copy. */
export function embedCode(url: string, title: string): string {
  const attribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<iframe src="${attribute(url)}" title="${attribute(title)}" width="100%" height="520" style="border:0" loading="lazy" allowfullscreen></iframe>`;
}

/**
 * "Embed": a dialog with ready iframe code for the view shown (its year, and its camera when the
 * reader moved the map), a button to copy it, and a live preview of what the code shows.
 */
export function EmbedButton(props: { address: () => EmbedAddress; title: string }) {
  const { t } = useLocale();
  let dialog!: HTMLDialogElement;
  // Made when the dialog opens, so a closed dialog loads no second map.
  const [address, setAddress] = createSignal<EmbedAddress>();
  const [said, setSaid] = createSignal("");
  const code = () => embedCode(address()?.publicUrl ?? "", props.title);
  const open = () => {
    setAddress(props.address());
    setSaid("");
    dialog.showModal();
  };
  const close = () => dialog.close();
  const copy = async () => setSaid(await copyText(code(), { copied: t.embed.copied, failed: () => t.embed.copyFailed }));
  onCleanup(() => dialog?.open && dialog.close());
  return (
    <>
      <button type="button" class="share__button share__button--quiet" disabled={isServer} onClick={open}>{t.embed.button}</button>
      {/* A static page (isServer) has only the button: the dialog is the script's to open. */}
      {!isServer && (
        <dialog ref={dialog} class="embed" aria-labelledby="embed-heading"
          onClose={() => setAddress(undefined)}
          // The dialog closes itself on Escape; the page's own Escape (close the panel) must not run
          // too. A native listener (`on:`), as Solid's delegated ones run only once at the document.
          on:keydown={(event) => event.key === "Escape" && event.stopPropagation()}>
          <h2 id="embed-heading" class="embed__heading">{t.embed.heading}</h2>
          <p class="embed__lead">{t.embed.lead}</p>
          <label class="embed__label" for="embed-code">{t.embed.codeLabel}</label>
          <textarea id="embed-code" class="embed__code" readOnly rows="4" value={code()} onFocus={(event) => event.currentTarget.select()} />
          <div class="embed__actions">
            <button type="button" class="share__button" onClick={() => void copy()}>{t.embed.copy}</button>
            <span class="share__said" role="status">{said()}</span>
            <button type="button" class="embed__close" onClick={close}>{t.embed.close}</button>
          </div>
          <Show when={address()}>
            {(shown) => (
              <figure class="embed__preview">
                <figcaption class="embed__label">{t.embed.preview}</figcaption>
                <iframe src={shown().localUrl} title={props.title} loading="lazy" />
              </figure>
            )}
          </Show>
        </dialog>
      )}
    </>
  );
}
