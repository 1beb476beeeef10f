package org.newsgraph.ingest;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.newsgraph.ConfigurationException;

/**
 * The page-furniture patterns of {@code boilerplate.txt}, compiled once: each section becomes one alternation.
 *
 * <p>Design decision: markers are data, not Java literals, so a new site's furniture is one line in a text file.
 */
public final class Boilerplate {

    private static final String RESOURCE = "boilerplate.txt";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final Pattern cut;
    private final Pattern more;
    private final Pattern line;
    private final Pattern htmlContainer;

    private Boilerplate(DataResource data) {
        this.cut = compile(data.section("cut"), "cut");
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
        return cut.matcher(paragraph).find();
    }

    /** A "read more" link that closes a teaser ("Mehr", "Weiterlesen"). */
    public boolean isMoreLink(String paragraph) {
        return more.matcher(paragraph).find();
    }

    /** One paragraph of furniture (player controls, photo credits, share buttons, registration prompts). */
    public boolean isFurniture(String paragraph) {
        return line.matcher(paragraph).find();
    }

    /** An HTML element whose class and id (joined by a space) mark it as furniture. */
    public boolean isFurnitureContainer(String classAndId) {
        return htmlContainer.matcher(classAndId).find();
    }

    private static Pattern compile(List<String> regexes, String section) {
        StringBuilder alternation = new StringBuilder();
        for (String regex : regexes) {
            try {
                Pattern.compile(regex, FLAGS);
            } catch (PatternSyntaxException e) {
                throw new ConfigurationException("expected a Java regular expression in [" + section + "] of "
                        + RESOURCE + ", found '" + regex + "': " + e.getDescription());
            }
            if (alternation.length() > 0) {
                alternation.append('|');
            }
            alternation.append("(?:").append(regex).append(')');
        }
        return Pattern.compile(alternation.toString(), FLAGS);
    }
}
