// Copying a link, an embed code or a citation: the clipboard when the browser allows it, and
// otherwise the text itself in the message, for the person to copy by hand.

/** Copies `text`; resolves to what to tell the person: `copied`, or `failed(text)`. Never rejects. */
export async function copyText(text: string, words: { copied: string; failed: (text: string) => string }): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return words.copied;
  } catch {
    return words.failed(text);
  }
}
