import { createSignal, onCleanup } from "solid-js";
import { isServer } from "solid-js/web";
import { useLocale } from "./locale-context";
import { copyText } from "./copy-text";

/**
 * Copies the address of what is shown, or on a phone offers the system share sheet, and says
 * what happened in words.
 */
export function ShareButton(props: { url: () => string; title: string }) {
  const { t } = useLocale();
  const [said, setSaid] = createSignal("");
  let clear: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(clear));
  const say = (text: string) => {
    setSaid(text);
    clearTimeout(clear);
    clear = setTimeout(() => setSaid(""), 4000);
  };
  const share = async () => {
    const url = props.url();
    const touch = window.matchMedia("(pointer: coarse)").matches;
    if (touch && typeof navigator.share === "function") {
      try {
        await navigator.share({ title: props.title, url });
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === "AbortError") return; // the person closed the sheet
      }
    }
    say(await copyText(url, { copied: t.linkCopied, failed: t.copyThisLink }));
  };
  return (
    <>
      <button type="button" class="share__button" disabled={isServer} onClick={() => void share()}>{t.share}</button>
      <span class="share__said" role="status">{said()}</span>
    </>
  );
}
