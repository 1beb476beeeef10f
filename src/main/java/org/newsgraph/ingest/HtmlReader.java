package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an HTML page as one article (jsoup). Metadata comes from the page's meta tags (og:title, og:site_name,
 * article:published_time, {@code <time datetime>}, {@code <html lang>}); the body is the {@code articleBody},
 * {@code <article>} or {@code <main>} element, else the element with the most paragraph text, without navigation,
 * asides, footers, scripts, figures and furniture containers; its block text is then cleaned like plain text.
 */
public final class HtmlReader extends WholeFileReader {

    private static final String ALWAYS_FURNITURE = "script, style, noscript, template, nav, aside, footer, figure,"
            + " figcaption, form, iframe, button, svg, select, input, dialog, [hidden], [aria-hidden=true]";

    private final ArticleAssembler assembler;
    private final Boilerplate boilerplate;

    public HtmlReader(ArticleAssembler assembler, Boilerplate boilerplate) {
        this.assembler = assembler;
        this.boilerplate = boilerplate;
    }

    @Override
    Article parse(String text, String id, String shown, String sha256) {
        return parse(text, Metadata.NONE, id, shown, 0, sha256);
    }

    /** Reads one HTML page; {@code given} metadata (from a JSONL line) wins over the page's own. */
    Article parse(String html, Metadata given, String id, String file, int line, String sha256) {
        Document doc = Jsoup.parse(html);
        Metadata meta = given.orElse(metadata(doc));
        removeFurniture(doc);
        List<String> lines = blockLines(bodyRoot(doc));
        return assembler.assemble(lines, false, meta, id, file, line, sha256);
    }

    private Metadata metadata(Document doc) {
        String title = firstNonBlank(meta(doc, "og:title"), meta(doc, "twitter:title"), text(doc.selectFirst("h1")),
                pageTitle(doc.title()));
        String source = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "publisher"),
                meta(doc, "article:publisher"), meta(doc, "author"), meta(doc, "article:author"));
        if (source != null && source.startsWith("http")) {
            source = null;
        }
        Element time = doc.selectFirst("time[datetime]");
        String published = assembler.dates().normalize(firstNonBlank(meta(doc, "article:published_time"),
                meta(doc, "datePublished"), meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "dc.date.issued"),
                meta(doc, "dc.date"), time == null ? null : time.attr("datetime")));
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String url = firstNonBlank(meta(doc, "og:url"), canonical == null ? null : canonical.attr("href"));
        String language = language(firstNonBlank(doc.selectFirst("html") == null ? null
                : doc.selectFirst("html").attr("lang"), meta(doc, "og:locale")));
        return new Metadata(title, source, url, published, language);
    }

    private void removeFurniture(Document doc) {
        doc.select(ALWAYS_FURNITURE).remove();
        doc.select("header").not("article header, main header").remove();
        List<Element> furniture = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            String classAndId = (e.className() + " " + e.id()).strip();
            if (!classAndId.isEmpty() && !isBodyContainer(e) && boilerplate.isFurnitureContainer(classAndId)) {
                furniture.add(e);
            }
        }
        furniture.forEach(Element::remove);
    }

    private static boolean isBodyContainer(Element e) {
        String tag = e.normalName();
        return tag.equals("html") || tag.equals("body") || tag.equals("main") || tag.equals("article")
                || e.attr("itemprop").equalsIgnoreCase("articleBody");
    }

    /** The element holding the article: articleBody, the largest article, main, or the densest paragraph parent. */
    static Element bodyRoot(Document doc) {
        Element marked = doc.selectFirst("[itemprop=articleBody]");
        if (marked != null) {
            return marked;
        }
        Element best = null;
        int bestLength = 0;
        for (Element article : doc.select("article")) {
            int length = paragraphText(article);
            if (length > bestLength) {
                best = article;
                bestLength = length;
            }
        }
        if (best != null) {
            return best;
        }
        Element main = doc.selectFirst("main, [role=main]");
        if (main != null && paragraphText(main) > 0) {
            return main;
        }
        return densest(doc);
    }

    private static Element densest(Document doc) {
        Map<Element, Integer> score = new HashMap<>();
        Element best = doc.body();
        int bestScore = 0;
        for (Element p : doc.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int s = score.merge(parent, p.text().length(), Integer::sum);
            if (s > bestScore) {
                best = parent;
                bestScore = s;
            }
        }
        return best == null ? doc : best;
    }

    private static int paragraphText(Element e) {
        int length = 0;
        for (Element p : e.select("p")) {
            length += p.text().length();
        }
        return length;
    }

    /** The text of {@code root}, one line per block element, a blank line between blocks. */
    static List<String> blockLines(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.text());
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    sb.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    sb.append('\n');
                }
            }
        }, root);
        List<String> lines = new ArrayList<>();
        for (String line : sb.toString().split("\n")) {
            lines.add(line);
            lines.add("");
        }
        return lines;
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=\"" + name + "\"], meta[name=\"" + name + "\"], meta[itemprop=\""
                + name + "\"]");
        return e == null ? null : e.attr("content");
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    /** "Headline | Site" or "Headline - Site" -> "Headline". */
    private static String pageTitle(String title) {
        for (String separator : new String[] {" | ", " – ", " — ", " - "}) {
            int i = title.lastIndexOf(separator);
            if (i > 0) {
                return title.substring(0, i);
            }
        }
        return title;
    }

    private static String language(String tag) {
        if (tag == null || tag.length() < 2 || !Character.isLetter(tag.charAt(0)) || !Character.isLetter(tag.charAt(1))) {
            return null;
        }
        return tag.substring(0, 2).toLowerCase(Locale.ROOT);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

}
