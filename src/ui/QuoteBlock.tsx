import type { ArticleMeta, Quote } from "../model/article";
import type { AtlasData } from "../model/corridor";
import { outletAndDate } from "./display";
import { quoteElementId } from "../state/selection";
import { setFragment } from "./address";
import { useLocale } from "./locale-context";

/** Where a passage comes from: outlet and date in the page's language, the title as published. */
export function QuoteSource(props: { article: ArticleMeta | undefined; data: AtlasData; withTitle?: boolean }) {
  const locale = useLocale();
  return (
    <cite>
      {outletAndDate(props.article, props.data, locale.t, locale.format)}
      {props.article && props.withTitle ? <>: “<span lang="en">{props.article.title}</span>”</> : null}
    </cite>
  );
}

/** One passage, word for word in the original English, with where it comes from and a link to itself. */
export function QuoteBlock(props: { quote: Quote; data: AtlasData }) {
  const locale = useLocale();
  const { t } = locale;
  const article = () => props.data.articles.find((a) => a.id === props.quote.article);
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
        <QuoteSource article={article()} data={props.data} withTitle />{" "}
        <a class="quote__link" href={`#${quoteElementId(props.quote.id)}`} onClick={linkToSelf}
          aria-label={t.quoteLinkLabel(outletAndDate(article(), props.data, locale.t, locale.format))}>{t.quoteLink}</a>
      </figcaption>
    </figure>
  );
}
