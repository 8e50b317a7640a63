import type { ArticleMeta, Quote } from "../model/article";
import { NOT_STATED } from "../model/article";
import { hashForQuote, quoteElementId } from "../state/selection";

const longDate = new Intl.DateTimeFormat("en", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatArticleDate(date: string): string {
  return date === NOT_STATED ? "date not stated" : longDate.format(new Date(`${date}T00:00:00Z`));
}

/** One passage, word for word, with where it comes from and a link to itself. */
export function QuoteBlock(props: { quote: Quote; article: ArticleMeta | undefined }) {
  const linkToSelf = (event: MouseEvent) => {
    // Keep the camera the reader has now; the href only holds the one from render time.
    event.preventDefault();
    history.replaceState(history.state, "", hashForQuote(location.hash, props.quote.id));
    document.getElementById(quoteElementId(props.quote.id))?.focus();
  };
  return (
    <figure class="quote" id={quoteElementId(props.quote.id)} tabIndex={-1}>
      <blockquote class="quote__text">{props.quote.text}</blockquote>
      <figcaption class="quote__source">
        <cite>
          {props.article ? `${props.article.outlet}, ${formatArticleDate(props.article.date)}: “${props.article.title}”` : "source unknown"}
        </cite>{" "}
        <a class="quote__link" href={`#${quoteElementId(props.quote.id)}`} onClick={linkToSelf}
          aria-label={`Link to this quote (${props.quote.id})`}>Link</a>
      </figcaption>
    </figure>
  );
}
