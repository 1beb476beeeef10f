package org.newsgraph.extract.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates written out: "7. Dezember 2021", "am 17. Dezember", "13.04.2021", "vom 22. bis 23. April",
 * "Ende Juni", "im Juni", "Juni 2021", "März vergangenen Jahres", "von März bis Mai", "December 7, 2021".
 *
 * <p>Design decision: a bare month needs a cue before it ("im", "seit", "Anfang") or a year after it, so that names
 * ("August", "May") stay out. Bare years are {@link YearRecognizer}'s.
 */
final class DateRecognizer implements Recognizer {

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    /** A day with the month and year given beside it; {@code end} is the index after it. */
    record DayPart(int day, Integer month, Integer year, int end) { }

    private final TimeLexicon lexicon;

    DateRecognizer(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public TimeExpression at(Words w, int i, RelativeDateResolver r) {
        return longest(longest(numeric(w, i, r), dayDate(w, i, r)), monthOrPart(w, i, r));
    }

    static TimeExpression longest(TimeExpression a, TimeExpression b) {
        if (a == null) {
            return b;
        }
        return b == null || a.lastToken() >= b.lastToken() ? a : b;
    }

    private TimeExpression numeric(Words w, int i, RelativeDateResolver r) {
        if (Words.leadingDigits(w.text(i)) == 0) {
            return null;
        }
        Matcher iso = ISO.matcher(w.text(i));
        if (iso.matches()) {
            String v = iso(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)));
            return v == null ? null : date(w, i, i, v, v);
        }
        Matcher m = NUMERIC.matcher(w.text(i));
        int last = i;
        if (!m.matches()) {
            m = NUMERIC.matcher(w.text(i) + ".");
            if (!w.is(i + 1, ".") || !m.matches() || m.group(3) != null) {
                return null;
            }
            last = i + 1;
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (m.group(3) != null) {
            String v = iso(Integer.parseInt(m.group(3)), month, day);
            return v == null ? null : date(w, i, i, v, v);
        }
        if (month < 1 || month > 12 || day < 1) {
            return null;
        }
        RelativeDateResolver.Reading reading = r.dayOfMonth(month, day);
        return date(w, i, last, reading.past(), reading.future());
    }

    /** A day with its month, or a range of days: "7. Dezember 2021", "vom 22. bis 23. April". */
    TimeExpression dayDate(Words w, int i, RelativeDateResolver r) {
        int j = i;
        Hit<String> opening = lexicon.connectors().at(w, i);
        if (opening != null && (opening.value().equals("from") || opening.value().equals("between"))) {
            j = skipArticle(w, i + opening.length());
        }
        DayPart first = dayPart(w, j, r);
        if (first == null) {
            return null;
        }
        DayPart second = null;
        Hit<String> link = first.end() < w.size() ? lexicon.connectors().at(w, first.end()) : null;
        if (link != null && (link.value().equals("range") || link.value().equals("pair"))) {
            int k = skipArticle(w, first.end() + link.length());
            second = dayPart(w, k, r);
            if (second != null && second.month() == null) {
                second = null;
            }
            Hit<Integer> bare = second == null && first.month() != null && k < w.size() ? w.day(k, true) : null;
            if (bare != null && !w.is(k + bare.length(), ".") && lexicon.months().at(w, k + bare.length()) == null) {
                // "July 11 and 12": the second day takes the first one's month
                int end = k + bare.length();
                int comma = w.is(end, ",") ? 1 : 0;
                Integer year = yearAt(w, end + comma);
                second = new DayPart(bare.value(), first.month(), year, year == null ? end : end + comma + 1);
            }
        }
        if (second == null) {
            return first.month() == null || j != i ? null : single(w, i, first, r);
        }
        return range(w, i, first, second, r);
    }

    private TimeExpression single(Words w, int i, DayPart p, RelativeDateResolver r) {
        if (p.year() != null) {
            String v = iso(p.year(), p.month(), p.day());
            return v == null ? null : date(w, i, p.end() - 1, v, v);
        }
        RelativeDateResolver.Reading reading = r.dayOfMonth(p.month(), p.day());
        return date(w, i, p.end() - 1, reading.past(), reading.future());
    }

    private TimeExpression range(Words w, int i, DayPart a, DayPart b, RelativeDateResolver r) {
        int m1 = a.month() != null ? a.month() : b.month();
        String past;
        String future;
        if (b.year() != null) {
            int y1 = a.year() != null ? a.year() : b.year();
            String start = iso(y1, m1, a.day());
            String end = iso(b.year(), b.month(), b.day());
            if (start == null || end == null) {
                return null;
            }
            if (a.year() == null && start.compareTo(end) > 0) {
                start = iso(y1 - 1, m1, a.day());
            }
            past = start + "/" + end;
            future = past;
        } else {
            RelativeDateResolver.Reading starts = r.dayOfMonth(m1, a.day());
            past = span(starts.past(), b);
            future = span(starts.future(), b);
        }
        return new TimeExpression(i, b.end() - 1, w.surface(i, b.end() - 1), TimeType.DATE_RANGE, past,
                past == null ? null : future, null, null, null);
    }

    private static String span(String start, DayPart end) {
        if (start == null || start.length() != 10) {
            return null;
        }
        LocalDate s = LocalDate.parse(start);
        String last = iso(s.getYear(), end.month(), end.day());
        if (last == null) {
            return null;
        }
        if (LocalDate.parse(last).isBefore(s)) {
            last = iso(s.getYear() + 1, end.month(), end.day());
        }
        return last == null ? null : s + "/" + last;
    }

    /** "7. Dezember [2021]", "22." (before "bis 23. April"), "7 December 2021", "December 7[, 2021]". */
    /** Whether "and 12 July" (a pair or range connector, a bare day, a month) starts at {@code k}. */
    private boolean bareDayBeforeMonthFollows(Words w, int k) {
        Hit<String> link = k < w.size() ? lexicon.connectors().at(w, k) : null;
        if (link == null || !(link.value().equals("range") || link.value().equals("pair"))) {
            return false;
        }
        int d = k + link.length();
        Hit<Integer> day = d < w.size() ? w.day(d, true) : null;
        return day != null && d + day.length() < w.size() && lexicon.months().at(w, d + day.length()) != null;
    }

    private DayPart dayPart(Words w, int j, RelativeDateResolver r) {
        if (j >= w.size()) {
            return null;
        }
        Hit<Integer> day = w.day(j, false);
        if (day == null) {
            Hit<Integer> bare = w.day(j, true);
            if (bare != null && j + 1 < w.size() && (lexicon.months().at(w, j + 1) != null
                    || bareDayBeforeMonthFollows(w, j + bare.length()))) {
                day = bare;
            }
        }
        if (day != null) {
            int k = j + day.length();
            Hit<Integer> month = k < w.size() ? lexicon.months().at(w, k) : null;
            if (month == null) {
                return new DayPart(day.value(), null, null, k);
            }
            k += month.length();
            Hit<Integer> year = yearOrRelativeYear(w, k, r);
            return new DayPart(day.value(), month.value(), year == null ? null : year.value(),
                    year == null ? k : k + year.length());
        }
        Hit<Integer> month = lexicon.months().at(w, j);
        if (month == null) {
            return null;
        }
        int k = j + month.length();
        Hit<Integer> englishDay = w.day(k, true);
        if (englishDay == null || w.is(k + 1, ".")) {
            return null;
        }
        k += englishDay.length();
        int comma = w.is(k, ",") ? 1 : 0;
        Integer year = yearAt(w, k + comma);
        return new DayPart(englishDay.value(), month.value(), year, year == null ? k : k + comma + 1);
    }

    /** "Ende Juni", "im Juni", "Juni 2021", "Anfang 2022". */
    private TimeExpression monthOrPart(Words w, int i, RelativeDateResolver r) {
        Hit<String> part = lexicon.monthParts().at(w, i);
        int j = part == null ? i : i + part.length();
        Hit<Integer> month = j < w.size() ? lexicon.months().at(w, j) : null;
        if (month == null) {
            Integer year = part == null ? null : yearAt(w, j);
            return year == null ? null : date(w, i, j, year.toString(), year.toString());
        }
        int k = j + month.length();
        Hit<Integer> year = yearOrRelativeYear(w, k, r);
        if (year != null) {
            String v = String.format("%04d-%02d", year.value(), month.value());
            return date(w, i, k + year.length() - 1, v, v);
        }
        if (part == null && !lexicon.yearCues().endsAt(w, i - 1)) {
            return null;
        }
        TimeExpression range = part == null ? monthRange(w, i, k, month.value(), r) : null;
        if (range != null) {
            return range;
        }
        RelativeDateResolver.Reading reading = r.month(month.value());
        return date(w, i, k - 1, reading.past(), reading.future());
    }

    /** "März bis Mai [2022]", "Juni und Juli": the month at {@code i} (ending before {@code k}) to a second one. */
    private TimeExpression monthRange(Words w, int i, int k, int first, RelativeDateResolver r) {
        Hit<String> link = k < w.size() ? lexicon.connectors().at(w, k) : null;
        if (link == null || !(link.value().equals("range") || link.value().equals("pair"))) {
            return null;
        }
        int j = k + link.length();
        Hit<Integer> second = j < w.size() ? lexicon.months().at(w, j) : null;
        if (second == null) {
            return null;
        }
        int last = j + second.length() - 1;
        Hit<Integer> year = yearOrRelativeYear(w, last + 1, r);
        String past;
        String future;
        if (year != null) {
            last += year.length();
            YearMonth end = YearMonth.of(year.value(), second.value());
            YearMonth start = YearMonth.of(first > second.value() ? year.value() - 1 : year.value(), first);
            past = start + "/" + end;
            future = past;
        } else {
            RelativeDateResolver.Reading starts = r.month(first);
            past = monthSpan(starts.past(), second.value());
            future = monthSpan(starts.future(), second.value());
        }
        return new TimeExpression(i, last, w.surface(i, last), TimeType.DATE_RANGE, past,
                past == null ? null : future, null, null, null);
    }

    private static String monthSpan(String start, int endMonth) {
        if (start == null || start.length() != 7) {
            return null;
        }
        YearMonth s = YearMonth.parse(start);
        YearMonth e = YearMonth.of(s.getYear(), endMonth);
        return s + "/" + (e.isBefore(s) ? e.plusYears(1) : e);
    }

    /** "2021", or a year named from the article date: "vergangenen Jahres", "des kommenden Jahres", "dieses Jahres". */
    private Hit<Integer> yearOrRelativeYear(Words w, int k, RelativeDateResolver r) {
        Integer year = yearAt(w, k);
        if (year != null) {
            return new Hit<>(year, 1);
        }
        int j = skipArticle(w, k);
        Hit<Integer> direction = j < w.size() ? lexicon.directions().at(w, j) : null;
        if (direction == null) {
            return null;
        }
        int u = j + direction.length();
        Hit<TimeLexicon.Unit> unit = u < w.size() ? lexicon.units().at(w, u) : null;
        if (unit == null || unit.value().plural() || unit.value().chrono() != ChronoUnit.YEARS) {
            return null;
        }
        String resolved = r.calendarUnit(unit.value().chrono(), direction.value()).past();
        return resolved == null ? null : new Hit<>(Integer.valueOf(resolved), u + unit.length() - k);
    }

    private int skipArticle(Words w, int j) {
        Hit<Boolean> article = j < w.size() ? lexicon.dateArticles().at(w, j) : null;
        return article == null ? j : j + article.length();
    }

    static Integer yearAt(Words w, int k) {
        Integer y = w.integer(k);
        return y != null && w.text(k).length() == 4 && y >= 1900 && y <= 2100 ? y : null;
    }

    private static TimeExpression date(Words w, int first, int last, String past, String future) {
        return new TimeExpression(first, last, w.surface(first, last), TimeType.DATE, past,
                past == null ? null : future, null, null, null);
    }

    static String iso(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
