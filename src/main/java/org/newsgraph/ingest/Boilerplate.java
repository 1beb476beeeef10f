package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.newsgraph.ConfigurationException;

/**
 * The page-furniture patterns of {@code boilerplate.txt}, compiled once: each section becomes one alternation.
 *
 * Patterns starting with {@code ^} are combined into one alternation tried only at the start of a paragraph.
 *
 * <p>Design decision: markers are data, not Java literals, so a new site's furniture is one line in a text file.
 */
public final class Boilerplate {

    private static final String RESOURCE = "boilerplate.txt";
    /** Furniture is short: a longer paragraph is prose and is not matched at all (which also keeps this fast). */
    static final int MAX_FURNITURE_CHARS = 600;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final Section cut;
    private final Section end;
    private final Section more;
    private final Section line;
    private final Section htmlContainer;

    private Boilerplate(DataResource data) {
        this.cut = compile(data.section("cut"), "cut");
        this.end = compile(data.section("end"), "end");
        this.more = compile(data.section("more"), "more");
        this.line = compile(data.section("line"), "line");
        this.htmlContainer = compile(data.section("html"), "html");
    }

    /** Loads the patterns packaged with newsgraph. */
    public static Boilerplate load() {
        return new Boilerplate(DataResource.load(RESOURCE));
    }

    /** A heading that opens a block of furniture ("Weitere Meldungen", "Kommentare", "Related"). */
    public boolean opensFurnitureBlock(String paragraph) {
        return paragraph.length() <= MAX_FURNITURE_CHARS && cut.matches(paragraph);
    }

    /** A heading after which nothing is article text ("Kommentare (12)", "Comments"). */
    public boolean endsArticle(String paragraph) {
        return paragraph.length() <= MAX_FURNITURE_CHARS && end.matches(paragraph);
    }

    /** A "read more" link that closes a teaser ("Mehr", "Weiterlesen"). */
    public boolean isMoreLink(String paragraph) {
        return paragraph.length() <= MAX_FURNITURE_CHARS && more.matches(paragraph);
    }

    /** One paragraph of furniture (player controls, photo credits, share buttons, registration prompts). */
    public boolean isFurniture(String paragraph) {
        return paragraph.length() <= MAX_FURNITURE_CHARS && line.matches(paragraph);
    }

    /** An HTML element whose class and id (joined by a space) mark it as furniture. */
    public boolean isFurnitureContainer(String classAndId) {
        return htmlContainer.matches(classAndId);
    }

    /** The patterns of one section: those anchored with ^ tried only at the start, the others anywhere. */
    private record Section(Pattern anchored, Pattern anywhere) {
        boolean matches(String text) {
            return (anchored != null && anchored.matcher(text).lookingAt())
                    || (anywhere != null && anywhere.matcher(text).find());
        }
    }

    private static Section compile(List<String> regexes, String section) {
        List<String> anchored = new ArrayList<>();
        List<String> anywhere = new ArrayList<>();
        for (String regex : regexes) {
            try {
                Pattern.compile(regex, FLAGS);
            } catch (PatternSyntaxException e) {
                throw new ConfigurationException("expected a Java regular expression in [" + section + "] of "
                        + RESOURCE + ", found '" + regex + "': " + e.getDescription());
            }
            if (regex.startsWith("^")) {
                anchored.add(regex.substring(1));
            } else {
                anywhere.add(regex);
            }
        }
        return new Section(alternation(anchored), alternation(anywhere));
    }

    private static Pattern alternation(List<String> regexes) {
        if (regexes.isEmpty()) {
            return null;
        }
        StringBuilder alternation = new StringBuilder();
        for (String regex : regexes) {
            if (alternation.length() > 0) {
                alternation.append('|');
            }
            alternation.append("(?:").append(regex).append(')');
        }
        return Pattern.compile(alternation.toString(), FLAGS);
    }
}
