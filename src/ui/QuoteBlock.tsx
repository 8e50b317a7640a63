import { Show, createSignal } from "solid-js";
import { NOT_STATED, type ArticleMeta, type Quote } from "../model/article";
import { formatCitation } from "../model/citation";
import { formatPath } from "../state/url-state";
import type { AtlasData } from "../model/corridor";
import { articleDateIn, outletAndDate } from "./display";
import { quoteElementId } from "../state/selection";
import type { Selection } from "../model/view";
import { publicUrl, setFragment } from "./address";
import { useLocale } from "./locale-context";
import { copyText } from "./copy-text";

/**
 * Where a passage comes from: outlet and date in the page's language, the title as published.
 * `withTitle` (the panel) also links the article's original address where it is known, so a
 * reader can check the passage in context.
 */
export function QuoteSource(props: { article: ArticleMeta | undefined; data: AtlasData; withTitle?: boolean }) {
  const locale = useLocale();
  const words = () => (
    <>
      {outletAndDate(props.article, props.data, locale.t, locale.format)}
      {props.article && props.withTitle && props.article.title !== NOT_STATED ? <>: “<span lang="en">{props.article.title}</span>”</> : null}
    </>
  );
  const url = () => (props.withTitle && props.article && props.article.url !== NOT_STATED ? props.article.url : undefined);
  return (
    <cite>
      <Show when={url()} fallback={words()}>{(href) => <a class="quote__article" href={href()} rel="noopener noreferrer">{words()}</a>}</Show>
    </cite>
  );
}

/**
 * One passage, word for word in the original English, with whose words it reports (where the
 * article says), where it comes from, a link to itself and a ready-to-paste citation.
 * `page` is the page it is read on (the overview when undefined): its citation links there.
 */
export function QuoteBlock(props: { quote: Quote; data: AtlasData; page: Selection | undefined }) {
  const locale = useLocale();
  const { t } = locale;
  const article = () => props.data.articles.find((a) => a.id === props.quote.article);
  const [said, setSaid] = createSignal("");
  const citation = () => {
    const source = article();
    return formatCitation({
      text: props.quote.text,
      ...(props.quote.reports ? { reports: props.quote.reports } : {}),
      outlet: source?.outlet ?? t.sourceUnknown,
      ...(source && source.title !== NOT_STATED ? { title: source.title } : {}),
      date: source && source.date !== NOT_STATED ? articleDateIn(props.data, locale.format, source.date) : t.dateNotStated,
      ...(source && source.url !== NOT_STATED ? { url: source.url } : {}),
      atlasUrl: `${publicUrl(formatPath(props.page, locale.pageBase))}#${quoteElementId(props.quote.id)}`,
    }, t.citation);
  };
  const copyCitation = async () => setSaid(await copyText(citation(), { copied: t.citation.copied, failed: t.citation.copyFailed }));
  const linkToSelf = (event: MouseEvent) => {
    // Keep the camera the reader has now; the href only holds the one from render time.
    event.preventDefault();
    setFragment({ quote: props.quote.id });
    document.getElementById(quoteElementId(props.quote.id))?.focus();
  };
  return (
    <figure class="quote" id={quoteElementId(props.quote.id)} tabIndex={-1}>
      <blockquote class="quote__text" lang="en">{props.quote.text}</blockquote>
      <figcaption class="quote__source">
        <Show when={props.quote.reports}>{(who) => <span class="quote__reports">{t.reportedSpeech} <span lang="en">{who()}</span></span>}</Show>
        <QuoteSource article={article()} data={props.data} withTitle />{" "}
        <a class="quote__link" href={`#${quoteElementId(props.quote.id)}`} onClick={linkToSelf}
          aria-label={t.quoteLinkLabel(outletAndDate(article(), props.data, locale.t, locale.format))}>{t.quoteLink}</a>{" "}
        <button type="button" class="quote__cite" onClick={() => void copyCitation()}>{t.citation.copy}</button>
        <span class="quote__said" role="status">{said()}</span>
      </figcaption>
    </figure>
  );
}
