import { describe, expect, test } from "vitest";
import { formatCitation } from "../../../src/model/citation";
import { MESSAGES } from "../../../src/i18n/messages";

const parts = {
  text: "Kazakhstan is ready to develop transit.",
  reports: "Alikhan Smailov, Prime Minister of Kazakhstan",
  outlet: "The Diplomatic Insight",
  title: "Kazakh PM at the SCO",
  date: "27 October 2023",
  url: "https://example.org/article",
  atlasUrl: "https://host/sub/corridors/kti/#quote=q",
};

describe("a citation of a passage", () => {
  test("in English: the words, as the outlet's report of whose words, the article and both addresses", () => {
    expect(formatCitation(parts, MESSAGES.en.citation)).toBe(
      "“Kazakhstan is ready to develop transit.” (reported speech: Alikhan Smailov, Prime Minister of Kazakhstan). The Diplomatic Insight, “Kazakh PM at the SCO”, 27 October 2023. " +
      "https://example.org/article Via Corridor Atlas: https://host/sub/corridors/kti/#quote=q");
  });

  test("in Russian and Kazakh: the language's quotation marks and words, the passage still verbatim", () => {
    const ru = formatCitation({ ...parts, date: "27 октября 2023 г." }, MESSAGES.ru.citation);
    expect(ru.startsWith("«Kazakhstan is ready to develop transit.» (косвенная речь: Alikhan Smailov")).toBe(true);
    // The date's own abbreviation ends the sentence: no second full stop after "г.".
    expect(ru).toContain("«Kazakh PM at the SCO», 27 октября 2023 г. https://example.org/article");
    expect(ru.endsWith("Цитата по «Атласу коридоров»: https://host/sub/corridors/kti/#quote=q")).toBe(true);
    const kk = formatCitation(parts, MESSAGES.kk.citation);
    expect(kk.startsWith("«Kazakhstan is ready to develop transit.» (төлеу сөз: Alikhan Smailov")).toBe(true);
    expect(kk.endsWith("«Дәліздер атласы» бойынша: https://host/sub/corridors/kti/#quote=q")).toBe(true);
  });

  test("without a person reported or an original address, neither is made up", () => {
    const { reports: _reports, url: _url, ...bare } = parts;
    const text = formatCitation(bare, MESSAGES.en.citation);
    expect(text).toBe("“Kazakhstan is ready to develop transit.” The Diplomatic Insight, “Kazakh PM at the SCO”, 27 October 2023. Via Corridor Atlas: https://host/sub/corridors/kti/#quote=q");
  });

  test("an article that states no headline is cited without one, never with its first sentence", () => {
    const { title: _title, ...untitled } = parts;
    expect(formatCitation(untitled, MESSAGES.en.citation)).toContain("Prime Minister of Kazakhstan). The Diplomatic Insight, 27 October 2023. https://example.org/article");
  });
});
