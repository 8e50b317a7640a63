import { describe, expect, test } from "vitest";
import { applyPageMeta, escapeHtml, metaTags, type PageMeta } from "../../../scripts/share/page-meta";
import { wrapWords } from "../../../scripts/share/card-svg";

const meta: PageMeta = {
  path: "/sub/hubs/x/", title: `A "quoted" <b>name</b> & more`, description: "d'escr", canonicalUrl: "https://h/sub/hubs/x/",
  imageFile: "hub-x.png", imageUrl: "https://h/sub/share/hub-x.png", imageAlt: "alt",
};

describe("share page tags", () => {
  test("data never becomes markup in the page head", () => {
    expect(escapeHtml(`<img src=x onerror="alert(1)">&'`)).toBe("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;");
    const tags = metaTags(meta);
    expect(tags).not.toContain("<b>");
    expect(tags).toContain('content="A &quot;quoted&quot; &lt;b&gt;name&lt;/b&gt; &amp; more"');
  });

  test("the template's title, description and marker are replaced, and a changed template fails loudly", () => {
    const template = `<title>Old</title><meta name="description" content="old" /><!-- share-meta -->`;
    const html = applyPageMeta(template, meta);
    expect(html).toContain("<title>A &quot;quoted&quot; &lt;b&gt;name&lt;/b&gt; &amp; more</title>");
    expect(html).toContain(`<meta name="description" content="d&#39;escr" />`);
    expect(html).toContain('<meta property="og:image" content="https://h/sub/share/hub-x.png" />');
    expect(() => applyPageMeta("<title>x</title>", meta)).toThrow(/description/);
  });

  test("card titles wrap at spaces", () => {
    expect(wrapWords("Trans-Caspian International Transport Route", 20)).toEqual(["Trans-Caspian", "International", "Transport Route"]);
  });
});
