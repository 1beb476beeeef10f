package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps an article's body and drops the page around it: the lines before the first paragraph of prose (kicker,
 * section, captions) except the headline, furniture paragraphs ({@link Boilerplate}), blocks of teasers, tickers and
 * comments up to where prose resumes, teasers closed by a "more" link, lines in another script, and short trailing
 * lines. Datelines and credit lines go to the {@link MetadataExtractor.Collector}.
 *
 * <p>Design decision: the body starts at the first paragraph that reads as prose (long, ending a sentence), so
 * everything a site puts above it needs no pattern of its own; patterns are needed only inside and after the body.
 */
public final class BodyCleaner {

    private static final int BODY_MIN_CHARS = 80;
    private static final int BODY_MIN_WORDS = 10;
    private static final int LEAD_MIN_WORDS = 6;
    private static final int TITLE_MIN_WORDS = 3;
    private static final int TITLE_MAX_CHARS = 250;
    private static final int RESUME_MIN_CHARS = 150;
    private static final int TAIL_MAX_CHARS = 100;
    private static final int TEASER_MAX_CHARS = 300;
    private static final int HEADLINE_MAX_CHARS = 150;

    /** The headline (or null) and the body paragraphs of a page. */
    public record CleanPage(String title, List<String> paragraphs) {
        public CleanPage {
            paragraphs = List.copyOf(paragraphs);
        }

        /** The body: paragraphs separated by a blank line. */
        public String text() {
            return String.join("\n\n", paragraphs);
        }
    }

    private final Boilerplate boilerplate;

    public BodyCleaner(Boilerplate boilerplate) {
        this.boilerplate = boilerplate;
    }

    /**
     * Cleans the lines of a page.
     *
     * @param lines the page's lines; a blank line separates paragraphs
     * @param joinWrappedLines true for plain text, where a hard-wrapped paragraph is joined back into one
     * @param knownTitle the headline when already known (JSON, HTML meta), else null
     * @param meta receives datelines and credit lines
     */
    public CleanPage clean(List<String> lines, boolean joinWrappedLines, String knownTitle,
                           MetadataExtractor.Collector meta) {
        List<String> paragraphs = Paragraphs.of(lines, joinWrappedLines);
        boolean latinPage = Paragraphs.mostlyLatin(paragraphs);
        List<String> kept = new ArrayList<>();
        String title = knownTitle;
        boolean inBody = false;
        boolean inFurnitureBlock = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (inFurnitureBlock) {
                if (!resumesProse(paragraphs, i)) {
                    continue;
                }
                inFurnitureBlock = false;
            }
            if (boilerplate.opensFurnitureBlock(p)) {
                inFurnitureBlock = true;
                continue;
            }
            if (boilerplate.isMoreLink(p)) {
                retractTeaser(kept);
                continue;
            }
            p = meta.offer(p);
            if (p == null || boilerplate.isFurniture(p) || (latinPage && !Paragraphs.mostlyLatin(p))) {
                continue;
            }
            if (!inBody) {
                if (isProse(p) || (Paragraphs.endsSentence(p) && p.endsWith(".")
                        && Paragraphs.words(p) >= LEAD_MIN_WORDS && !p.equals(title))) {
                    inBody = true;
                } else {
                    if (title == null && isHeadline(p)) {
                        title = p;
                    }
                    continue;
                }
            }
            if (!p.equals(title)) {
                kept.add(p);
            }
        }
        trimTail(kept);
        return new CleanPage(title, kept);
    }

    private static boolean isProse(String p) {
        return p.length() >= BODY_MIN_CHARS && Paragraphs.words(p) >= BODY_MIN_WORDS && Paragraphs.endsSentence(p);
    }

    private static boolean isHeadline(String p) {
        return p.length() <= TITLE_MAX_CHARS && Paragraphs.words(p) >= TITLE_MIN_WORDS && !p.endsWith(".");
    }

    /** Inside a furniture block, article prose resumes at a long sentence-ending paragraph that is no teaser. */
    private boolean resumesProse(List<String> paragraphs, int i) {
        String p = paragraphs.get(i);
        return p.length() >= RESUME_MIN_CHARS && Paragraphs.endsSentence(p) && !boilerplate.isFurniture(p)
                && !(i + 1 < paragraphs.size() && boilerplate.isMoreLink(paragraphs.get(i + 1)));
    }

    /** A "more" link closes a teaser: drop its lead and the headline above it. */
    private static void retractTeaser(List<String> kept) {
        if (!kept.isEmpty()) {
            String lead = kept.get(kept.size() - 1);
            if (!Paragraphs.endsSentence(lead) || lead.length() < TEASER_MAX_CHARS) {
                kept.remove(kept.size() - 1);
            }
        }
        if (!kept.isEmpty()) {
            String headline = kept.get(kept.size() - 1);
            if (!Paragraphs.endsSentence(headline) && headline.length() < HEADLINE_MAX_CHARS) {
                kept.remove(kept.size() - 1);
            }
        }
    }

    /** Short lines after the last paragraph of prose are teaser headlines and labels, not body. */
    private static void trimTail(List<String> kept) {
        while (!kept.isEmpty()) {
            String last = kept.get(kept.size() - 1);
            if (last.length() >= TAIL_MAX_CHARS || Paragraphs.endsSentence(last)) {
                return;
            }
            kept.remove(kept.size() - 1);
        }
    }
}
