package org.newsgraph.extract.time;

/**
 * Weekdays with their parts of day: "am Dienstag", "am späten Donnerstagabend", "Montagabend", "Freitag früh",
 * "in der Nacht zum Freitag", "am kommenden Mittwoch", "Dienstag, den 7. Dezember", "on Tuesday evening".
 *
 * <p>Design decision: "in der Nacht zum Freitag" is dated to the Friday (the hours after midnight) with part of day
 * "night"; a date in apposition ("Dienstag, 7. Dezember") wins over the weekday reading and keeps the weekday.
 */
final class WeekdayRecognizer implements Recognizer {

    private final TimeLexicon lexicon;
    private final DateRecognizer dates;

    WeekdayRecognizer(TimeLexicon lexicon, DateRecognizer dates) {
        this.lexicon = lexicon;
        this.dates = dates;
    }

    @Override
    public TimeExpression at(Words w, int i, RelativeDateResolver r) {
        int j = i;
        Hit<String> night = lexicon.nights().at(w, j);
        if (night != null) {
            j += night.length();
        }
        Hit<Integer> direction = j < w.size() ? lexicon.directions().at(w, j) : null;
        if (direction != null) {
            j += direction.length();
        }
        Hit<String> modifier = j < w.size() ? lexicon.dayModifiers().at(w, j) : null;
        if (modifier != null) {
            j += modifier.length();
        }
        if (j >= w.size()) {
            return null;
        }
        int weekday;
        String part = null;
        int last;
        Hit<Integer> day = lexicon.weekdays().at(w, j);
        if (day != null) {
            weekday = day.value();
            last = j + day.length() - 1;
            Hit<TimeLexicon.PartOfDay> after = last + 1 < w.size() ? lexicon.partsOfDay().at(w, last + 1) : null;
            if (after != null) {
                part = after.value().code();
                last += after.length();
            }
        } else {
            TimeLexicon.Compound compound = lexicon.weekdayCompound(w.lower(j));
            if (compound == null) {
                return null;
            }
            weekday = compound.weekday();
            part = compound.partOfDay().code();
            last = j;
        }
        if (night != null) {
            part = night.value();
        }
        if (modifier != null) {
            part = part == null ? modifier.value() : modifier.value() + " " + part;
        }
        TimeExpression apposition = apposition(w, last + 1, r);
        if (apposition != null && direction == null) {
            return new TimeExpression(i, apposition.lastToken(), w.surface(i, apposition.lastToken()),
                    apposition.type(), apposition.value(), apposition.futureValue(), weekday, part, null);
        }
        RelativeDateResolver.Reading reading = r.weekday(weekday, direction == null ? 0 : direction.value());
        TimeExpression pair = direction == null && night == null ? pair(w, i, last, weekday, part, reading, r) : null;
        if (pair != null) {
            return pair;
        }
        return new TimeExpression(i, last, w.surface(i, last), TimeType.DATE, reading.past(),
                reading.past() == null ? null : reading.future(), weekday, part, null);
    }

    /**
     * "am Mittwoch und Donnerstag", "Monday to Wednesday": two weekdays joined by a pair or range connector are the
     * days from the first to the second, read both in the past and in the future; null when no second weekday
     * follows or the two readings are not in order.
     */
    private TimeExpression pair(Words w, int i, int last, int weekday, String part,
                                RelativeDateResolver.Reading first, RelativeDateResolver r) {
        Hit<String> link = last + 1 < w.size() ? lexicon.connectors().at(w, last + 1) : null;
        if (link == null || !(link.value().equals("range") || link.value().equals("pair"))) {
            return null;
        }
        int k = last + 1 + link.length();
        Hit<Integer> second = k < w.size() ? lexicon.weekdays().at(w, k) : null;
        if (second == null || second.value() == weekday || first.past() == null) {
            return null;
        }
        int end = k + second.length() - 1;
        RelativeDateResolver.Reading to = r.weekday(second.value(), 0);
        if (to.past() == null || to.past().compareTo(first.past()) <= 0 || to.future().compareTo(first.future()) <= 0) {
            return null;
        }
        return new TimeExpression(i, end, w.surface(i, end), TimeType.DATE_RANGE, first.past() + "/" + to.past(),
                first.future() + "/" + to.future(), weekday, part, null);
    }

    /** ", den 7. Dezember 2021" or " 7. Dezember" right after the weekday. */
    private TimeExpression apposition(Words w, int k, RelativeDateResolver r) {
        if (w.is(k, ",")) {
            k++;
        }
        Hit<Boolean> article = k < w.size() ? lexicon.dateArticles().at(w, k) : null;
        if (article != null) {
            k += article.length();
        }
        return k < w.size() ? dates.dayDate(w, k, r) : null;
    }
}
