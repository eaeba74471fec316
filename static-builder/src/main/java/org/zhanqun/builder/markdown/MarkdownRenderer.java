package org.zhanqun.builder.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Renders a Markdown body (CommonMark with tables; raw HTML allowed in the source) to HTML that is
 * safe to put in a page: whatever the source says, the result has no script, style, iframe, event
 * handler, {@code javascript:} URL or {@code id} attribute (which could clobber the page's own
 * elements), and its images come over https or from a relative path of the site: an image with any
 * other source ({@code http:}, {@code data:}, {@code javascript:}, a protocol-relative {@code
 * //host}) is dropped.
 *
 * <p>Build one per build or per server and share it: it is immutable and thread-safe (Flexmark's
 * parser and renderer and jsoup's {@link Cleaner} are).
 */
public final class MarkdownRenderer {

  private final Parser parser;
  private final HtmlRenderer renderer;
  private final Cleaner cleaner;

  public MarkdownRenderer() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
    this.cleaner = new Cleaner(safelist());
  }

  /** Sanitised HTML for {@code markdown}; an empty string for null or blank input. */
  public String toSafeHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    String html = renderer.render(parser.parse(markdown));
    // A base URI lets the safelist check relative links by their resolved protocol and keep them.
    Document clean = cleaner.clean(Jsoup.parseBodyFragment(html, "https://cluster.invalid/"));
    clean.outputSettings().prettyPrint(false);
    // the safelist removed every src it does not allow; an image left without one goes, and so
    // does one that names another host without a protocol (//host/x.png resolves to https)
    for (Element image : clean.select("img")) {
      String source = image.attr("src").strip();
      if (source.isEmpty() || source.startsWith("//") || source.startsWith("\\")) {
        image.remove();
      }
    }
    return clean.body().html();
  }

  /**
   * What a government page body may contain: text structure, tables, links, images over https. No
   * {@code id}: the page's own elements (the search box, the skip link's target) must stay the only
   * ones with their ids.
   */
  private static Safelist safelist() {
    return Safelist.relaxed()
        .addTags("hr", "figure", "figcaption", "abbr", "del", "ins", "mark")
        .addAttributes(":all", "lang", "title")
        .addAttributes("th", "scope")
        .addAttributes("abbr", "title")
        .addProtocols("a", "href", "http", "https", "mailto", "tel")
        .removeProtocols("img", "src", "http")
        .preserveRelativeLinks(true);
  }
}
