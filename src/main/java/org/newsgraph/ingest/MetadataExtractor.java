package org.newsgraph.ingest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises metadata paragraphs of a page (datelines, credit lines, "Quelle:" lines, a bare domain) and takes
 * the source and publication date from them. One {@link Collector} per article.
 *
 * <pre>
 *   MetadataExtractor.Collector meta = extractor.collector();
 *   String rest = meta.offer("• AFP - 7. Dezember 2021, 18:42 Uhr"); // null: the whole line was metadata
 *   meta.source(); meta.published();                                  // "AFP", "2021-12-07T18:42"
 * </pre>
 *
 * <p>Design decision: a date is taken only from a short line that is little more than a date (a dateline), never
 * from a sentence of the body, where "am 7. Dezember 2021" is an event's date, not the article's.
 */
public final class MetadataExtractor {

    private static final int DATELINE_MAX = 120;
    private static final int CAPTION_MAX = 300;
    private static final int PHOTO_CAPTION_MAX = 400;
    private static final Pattern CREDIT_AT_END = Pattern.compile(
            "(?<=[.!?\"“”])\\s*\\(([^()\\d,]{2,40}?)(?:,\\s*\\d{1,2}\\.\\s*\\d{1,2}\\.\\s*\\d{2,4})?\\)\\s*$");
    private static final Pattern PHOTO_LABEL = Pattern.compile(
            "(?:foto|fotos|photo|photos|bild|image|picture|credit|©|\\(c\\))\\s*(?::|via\\b|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DATE_PREFIX = Pattern.compile(
            "^date\\s+(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?!\\d)[\\s:,-]*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "^(?:quelle|quellen|source|sources|via)\\s*:\\s*(.{2,80}?)\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_BEFORE_DATE = Pattern.compile(
            "[-–—|]\\s*([\\p{L}][\\p{L}\\d.&/-]{1,30}(?: [\\p{L}\\d.&/-]{1,30}){0,2})(?:,\\s*\\d{1,4})?,?\\s*$");
    private static final Pattern DOMAIN = Pattern.compile(
            "^(?:www\\.)?[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.[a-z]{2,6}$");
    private static final Pattern AGENCY_AT_START = Pattern.compile(
            "^[\\p{Lu}][\\p{L}/ .-]{1,40}?\\s*\\(([^()]{2,40})\\)\\s*[-–—:]\\s+\\S");
    private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[\\s•·|,:;()\\[\\]]+");
    private static final Pattern ALL_CAPS = Pattern.compile("\\p{Lu}[\\p{Lu}\\d&-]{1,7}");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}–—•·]+");

    private final NewsDateParser dates;
    private final Set<String> agencies = new HashSet<>();

    private MetadataExtractor(NewsDateParser dates, DataResource sources) {
        this.dates = dates;
        for (String name : sources.section("")) {
            agencies.add(name.toLowerCase(Locale.ROOT));
        }
    }

    public static MetadataExtractor load() {
        return new MetadataExtractor(NewsDateParser.load(), DataResource.load("sources.txt"));
    }

    public NewsDateParser dates() {
        return dates;
    }

    public Collector collector() {
        return new Collector();
    }

    /**
     * A photo caption: a short paragraph that ends in a photo credit, "... angekommen. Foto: Michael Fischer/dpa",
     * "... in Ankara empfangen. (Bernd von Jutrczenka / dpa / Bernd von Jutrczenka)", "... table / REUTERS",
     * "... EFE/EPA/JUSTIN LANE": a "Foto:" label, or names joined by slashes of which one is a listed agency.
     */
    boolean isPhotoCaption(String paragraph) {
        String p = paragraph.strip();
        int tailStart;
        String tail;
        if (p.endsWith(")") && p.lastIndexOf('(') >= 0) {
            tailStart = p.lastIndexOf('(');
            tail = p.substring(tailStart + 1, p.length() - 1);
        } else {
            tailStart = Math.max(p.lastIndexOf('.'), Math.max(p.lastIndexOf('!'), p.lastIndexOf('?'))) + 1;
            if (tailStart == p.length()) {
                return false;   // ends a sentence: prose, not a credit
            }
            tail = p.substring(tailStart);
        }
        tail = tail.strip();
        Matcher label = PHOTO_LABEL.matcher(tail);
        if (label.lookingAt()) {
            String credit = tail.substring(label.end()).strip();
            return !credit.isEmpty() && credit.length() <= 80;
        }
        String[] parts = tail.split("/");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            String name = part.replaceAll("[()]", "").strip();
            if (agencies.contains(name.toLowerCase(Locale.ROOT))) {
                return true;   // a listed agency: "CDU/CSU" is no credit, though both read as short names
            }
        }
        return false;
    }

    /** True for a name that reads as a source: a known agency, a short all-capitals name or a web domain. */
    boolean isSourceName(String name) {
        String s = name.strip();
        if (s.isEmpty() || s.length() > 40) {
            return false;
        }
        if (agencies.contains(s.toLowerCase(Locale.ROOT)) || ALL_CAPS.matcher(s).matches()
                || DOMAIN.matcher(s.toLowerCase(Locale.ROOT)).matches()) {
            return true;
        }
        int slash = s.indexOf('/');
        return slash > 0 && isSourceName(s.substring(0, slash)) && isSourceName(s.substring(slash + 1));
    }

    /** Gathers source and date from the paragraphs of one article, first and most explicit wins. */
    public final class Collector {

        private static final int DATELINE = 0;
        private static final int EXPLICIT = 1;
        private static final int CREDIT = 2;
        private static final int DOMAIN_LINE = 3;

        private String source;
        private int sourceRank = Integer.MAX_VALUE;
        private String published;

        public String source() {
            return source;
        }

        public String published() {
            return published;
        }

        /**
         * Looks at one paragraph: returns null when it was metadata only, the rest of it when a metadata prefix was
         * split off (" date 2021-12 Biden und Putin ..."), or the paragraph itself.
         */
        public String offer(String paragraph) {
            Matcher prefix = DATE_PREFIX.matcher(paragraph);
            if (prefix.matches()) {
                setDate(dates.normalize(prefix.group(1)));
                String rest = prefix.group(2).strip();
                return rest.isEmpty() ? null : offer(rest);
            }
            if (paragraph.length() <= PHOTO_CAPTION_MAX && isPhotoCaption(paragraph)) {
                return null;
            }
            paragraph = creditAtEnd(paragraph);
            if (paragraph.length() > CAPTION_MAX) {
                return agencyAtStart(paragraph);
            }
            Matcher explicit = SOURCE_LINE.matcher(paragraph);
            if (explicit.matches()) {
                setSource(explicit.group(1), EXPLICIT);
                return null;
            }
            NewsDateParser.DateMatch date = dates.find(paragraph);
            if (date != null && creditLine(paragraph, date)) {
                return null;
            }
            if (date != null && paragraph.length() <= DATELINE_MAX && dateline(paragraph, date)) {
                return null;
            }
            if (DOMAIN.matcher(paragraph.toLowerCase(Locale.ROOT)).matches()) {
                setSource(paragraph, DOMAIN_LINE);
                return null;
            }
            return agencyAtStart(paragraph);
        }

        /** "Russlands Präsident Wladimir Putin am Telefon - SNA, 1920, 30.12.2021": a caption with credit and date. */
        private boolean creditLine(String paragraph, NewsDateParser.DateMatch date) {
            if (paragraph.substring(date.end()).strip().length() > 0) {
                return false;
            }
            Matcher credit = CREDIT_BEFORE_DATE.matcher(paragraph.substring(0, date.start()));
            if (!credit.find() || !isSourceName(credit.group(1))) {
                return false;
            }
            setSource(credit.group(1), CREDIT);
            setDate(date.iso());
            return true;
        }

        /** "• AFP - 7. Dezember 2021, 18:42 Uhr", "Stand: 13.04.2021 20:25", "Berlin, 30.12.2021". */
        private boolean dateline(String paragraph, NewsDateParser.DateMatch date) {
            String rest = paragraph.substring(0, date.start()) + " " + paragraph.substring(date.end());
            StringBuilder name = new StringBuilder();
            int words = 0;
            for (String token : TOKEN_SEPARATORS.split(rest)) {
                if (token.isEmpty() || PUNCTUATION.matcher(token).matches() || dates.isDateLabel(token)) {
                    continue;
                }
                if (name.length() > 0) {
                    name.append(' ');
                }
                name.append(token);
                words++;
            }
            String candidate = name.toString();
            if (candidate.isEmpty()) {
                setDate(date.iso());
                return true;
            }
            if (isSourceName(candidate)) {
                setSource(candidate, DATELINE);
                setDate(date.iso());
                return true;
            }
            if (words <= 2 && Character.isUpperCase(candidate.charAt(0)) && paragraph.length() <= 60) {
                setDate(date.iso());
                return true;
            }
            return false;
        }

        /** "... liegt ihr Dialog aber auf Eis. (APA, 28.1.2024)": an agency credit closing the text is taken out. */
        private String creditAtEnd(String paragraph) {
            Matcher m = CREDIT_AT_END.matcher(paragraph);
            if (!m.find() || !isSourceName(m.group(1))) {
                return paragraph;
            }
            setSource(m.group(1), CREDIT);
            return paragraph.substring(0, m.start()).stripTrailing();
        }

        /**
         * "Berlin (dpa) - Die Bundesregierung ...": the agency in parentheses at the start of the text is the source,
         * and is taken out of the text ("Berlin - Die Bundesregierung ..."), so that it is never read as a mention.
         */
        private String agencyAtStart(String paragraph) {
            Matcher m = AGENCY_AT_START.matcher(paragraph);
            if (!m.find() || !isSourceName(m.group(1))) {
                return paragraph;
            }
            if (sourceRank > CREDIT) {
                setSource(m.group(1), CREDIT);
            }
            String before = paragraph.substring(0, m.start(1) - 1).stripTrailing();
            return before + " " + paragraph.substring(m.end(1) + 1).stripLeading();
        }

        private void setSource(String name, int rank) {
            if (rank < sourceRank) {
                source = name.strip();
                sourceRank = rank;
            }
        }

        private void setDate(String iso) {
            if (published == null && iso != null) {
                published = iso;
            }
        }
    }
}
