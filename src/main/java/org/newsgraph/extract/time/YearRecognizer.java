package org.newsgraph.extract.time;

import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * Bare years: "im Jahr 2014", "seit 2014", "2015 vereinbarten die Parteien", "der 2015 vereinbarte Friedensplan",
 * "hatte 2014 die Krim annektiert", "zwischen 2014 und 2016" (DATE_RANGE "2014/2016").
 *
 * <p>Design decision: a number 1900-2100 is a year after a year cue ("im Jahr", "seit", "Sommer"), at the start of a
 * clause before a lower-case word, or before a verb form, participle or article; never after a hedge ("rund 2000"),
 * and after a weak cue ("von", "bis") not before a capitalised noun, so that counts ("2000 Soldaten") stay out.
 * Known weakness: "der 2000 bewaffneten Kämpfer" (a count before a participle-shaped adjective) reads as a year.
 */
final class YearRecognizer implements Recognizer {

    /** A lower-case word shaped like a verb form or participle ("vereinbarte", "unterzeichnet", "annexed"). */
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{Ll}+(t|te|ten|tem|ter|tes|ed)");

    private final TimeLexicon lexicon;

    YearRecognizer(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A bare year: "im Jahr 2014", "seit 2014", "2015 vereinbarte", "zwischen 2014 und 2016". */
    @Override
    public TimeExpression at(Words w, int i, RelativeDateResolver r) {
        Integer y = DateRecognizer.yearAt(w, i);
        if (y == null) {
            return null;
        }
        boolean cue = lexicon.yearCues().endsAt(w, i - 1);
        TimeLexicon.Unit unit = lexicon.units().single(w, i - 1);
        boolean yearWord = unit != null && unit.chrono() == ChronoUnit.YEARS;
        boolean counted = lexicon.approximators().endsAt(w, i - 1);
        boolean opensClause = (i == 0 || w.isPunctuation(i - 1)) && w.startsLower(i + 1);
        boolean beforeVerb = w.startsLower(i + 1) && (PARTICIPLE.matcher(w.text(i + 1)).matches()
                || w.tag(i + 1).equals("VERB") || w.tag(i + 1).equals("AUX")
                || lexicon.dateArticles().single(w, i + 1) != null);
        if (!(yearWord || (opensClause || beforeVerb || cue && !w.startsUpper(i + 1)) && !counted)) {
            return null;
        }
        Hit<String> link = i + 1 < w.size() ? lexicon.connectors().at(w, i + 1) : null;
        if (link != null && (link.value().equals("range") || link.value().equals("pair"))) {
            Integer y2 = DateRecognizer.yearAt(w, i + 1 + link.length());
            if (y2 != null && y2 > y) {
                int last = i + link.length() + 1;
                String v = y + "/" + y2;
                return new TimeExpression(i, last, w.surface(i, last), TimeType.DATE_RANGE, v, v, null, null, null);
            }
        }
        return new TimeExpression(i, i, w.text(i), TimeType.DATE, y.toString(), y.toString(), null, null, null);
    }
}
