import { For } from "solid-js";
import { LOCALES, LOCALE_NAMES, localeBasePath, type Locale } from "../i18n/locales";
import { useLocale } from "./locale-context";
import { usePageAddress } from "./page-address";

const SITE_BASE = import.meta.env.BASE_URL;

/**
 * Links to this page in the other languages, keeping what is shown: the view from the path, and
 * the camera, quote or tour stop from the address's fragment, read at the moment of the click
 * (the map rewrites the fragment as it moves, without telling anyone).
 */
export function LanguageSwitch(props: { class?: string }) {
  const { locale, t, pageBase } = useLocale();
  const currentAddress = usePageAddress();
  const addressIn = (target: Locale) => {
    const { pathname, search, hash } = currentAddress();
    const rest = pathname.startsWith(pageBase) ? pathname.slice(pageBase.length) : "";
    return `${localeBasePath(target, SITE_BASE)}${rest}${search}${hash}`;
  };
  const refresh = (event: Event, target: Locale) => {
    (event.currentTarget as HTMLAnchorElement).href = addressIn(target);
  };
  return (
    <nav class={props.class ? `languages ${props.class}` : "languages"} aria-label={t.languageLabel}>
      <ul class="languages__list">
        <For each={[...LOCALES]}>
          {(target) => (
            <li>
              <a class="languages__link" href={addressIn(target)} hreflang={target} lang={target}
                aria-current={target === locale ? "page" : undefined}
                onPointerEnter={(e) => refresh(e, target)} onFocus={(e) => refresh(e, target)} onClick={(e) => refresh(e, target)}>
                {LOCALE_NAMES[target]}
              </a>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
