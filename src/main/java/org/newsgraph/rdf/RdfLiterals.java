package org.newsgraph.rdf;

import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;
import org.newsgraph.ingest.PartialDate;

/**
 * Typed literals for the graph's values. The lexical form is always the graph's text, so {@code STR(?date)} in
 * SPARQL gives back what Cypher returns; only the datatype is added where the text is a valid value of it.
 *
 * <p>Design decision: a value that fits no XSD type (a range, a clock time with a zone name) stays a plain string
 * rather than being rewritten, so nothing the graph says is lost or changed by the export.
 */
final class RdfLiterals {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern SHORT_TIME = Pattern.compile("(\\d{2}:\\d{2})(Z|[+-]\\d{2}:\\d{2})?");

    private RdfLiterals() {
    }

    /** A single (partial) date: {@code xsd:date}, {@code xsd:gYearMonth} or {@code xsd:gYear}; else null. */
    static Literal partialDate(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        try {
            PartialDate.parse(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (DATE.matcher(s).matches()) {
            return typed(s, XSDDatatype.XSDdate);
        }
        if (YEAR_MONTH.matcher(s).matches()) {
            return typed(s, XSDDatatype.XSDgYearMonth);
        }
        if (YEAR.matcher(s).matches()) {
            return typed(s, XSDDatatype.XSDgYear);
        }
        return null;
    }

    /** A date as the graph writes it: typed when a single (partial) date, the text as a string otherwise. */
    static Literal date(String text) {
        Literal typed = partialDate(text);
        return typed != null ? typed : ResourceFactory.createStringLiteral(text);
    }

    /** The two ends of a range {@code 2021-04-22/2021-04-23}, or null when the text is not a range of dates. */
    static Literal[] range(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return null;
        }
        Literal begin = partialDate(text.substring(0, slash));
        Literal end = partialDate(text.substring(slash + 1));
        return begin == null || end == null ? null : new Literal[] {begin, end};
    }

    /** A publication date: a (partial) date, an {@code xsd:dateTime}, or the text as a string. */
    static Literal published(String text) {
        Literal typed = partialDate(text);
        if (typed != null) {
            return typed;
        }
        if (DATE_TIME.matcher(text).matches()) {
            return typed(text, XSDDatatype.XSDdateTime);
        }
        return ResourceFactory.createStringLiteral(text);
    }

    /**
     * A clock time: {@code xsd:time} when the text is one ({@code 16:00:00+01:00}); {@code HH:MM} with an optional
     * numeric zone gets its seconds ({@code 16:00+01:00} -> {@code 16:00:00+01:00}); anything else stays a string.
     */
    static Literal time(String text) {
        if (TIME.matcher(text).matches()) {
            return typed(text, XSDDatatype.XSDtime);
        }
        var m = SHORT_TIME.matcher(text);
        if (m.matches()) {
            return typed(m.group(1) + ":00" + (m.group(2) == null ? "" : m.group(2)), XSDDatatype.XSDtime);
        }
        return ResourceFactory.createStringLiteral(text);
    }

    /** An ISO 8601 duration ({@code PT2H5M}) as {@code xsd:duration}, or the text as a string. */
    static Literal duration(String text) {
        return XSDDatatype.XSDduration.isValid(text) ? typed(text, XSDDatatype.XSDduration)
                : ResourceFactory.createStringLiteral(text);
    }

    private static Literal typed(String lexical, XSDDatatype type) {
        return type.isValid(lexical) ? ResourceFactory.createTypedLiteral(lexical, type)
                : ResourceFactory.createStringLiteral(lexical);
    }
}
