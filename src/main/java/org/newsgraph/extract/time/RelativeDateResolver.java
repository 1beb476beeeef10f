package org.newsgraph.extract.time;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.newsgraph.ingest.PartialDate;

/**
 * Resolves relative dates against the article's date, giving a past and a future reading.
 *
 * <p>Conventions: the past reading is the nearest match on or before the article date, the future reading the nearest
 * on or after it (so a weekday equal to the article's own weekday is the article date in both). When the article date
 * is partial, results keep its precision: with "2021-12", "am Dienstag" and "gestern" read "2021-12". Without an
 * article date nothing relative resolves (null readings).
 */
final class RelativeDateResolver {

    /** A past and a future reading; both null when nothing can be resolved. */
    record Reading(String past, String future) {
        static final Reading NONE = new Reading(null, null);

        static Reading both(String value) {
            return new Reading(value, value);
        }
    }

    private final PartialDate article;

    RelativeDateResolver(PartialDate article) {
        this.article = article;
    }

    /**
     * The day with ISO weekday {@code weekday}; {@code direction} 0 lets the tense decide, -1 / +1 ("vergangenen",
     * "kommenden") take the nearest strictly before / after the article date for both readings.
     */
    Reading weekday(int weekday, int direction) {
        if (article == null) {
            return Reading.NONE;
        }
        if (!article.isFullDate()) {
            return Reading.both(article.toString());
        }
        LocalDate d = article.toLocalDate();
        DayOfWeek target = DayOfWeek.of(weekday);
        if (direction < 0) {
            return Reading.both(d.with(TemporalAdjusters.previous(target)).toString());
        }
        if (direction > 0) {
            return Reading.both(d.with(TemporalAdjusters.next(target)).toString());
        }
        return new Reading(d.with(TemporalAdjusters.previousOrSame(target)).toString(),
                d.with(TemporalAdjusters.nextOrSame(target)).toString());
    }

    /** A day of a month without a year ("am 17. Dezember"); null readings when the day does not exist. */
    Reading dayOfMonth(int month, int day) {
        if (day > YearMonth.of(2000, month).lengthOfMonth()) {
            return Reading.NONE;
        }
        MonthDay md = MonthDay.of(month, day);
        if (article == null) {
            return Reading.NONE;
        }
        if (article.month() == null) {
            return Reading.both(md.atYear(article.year()).toString());
        }
        int y = article.year();
        if (!article.isFullDate()) {
            if (month == article.month()) {
                return Reading.both(md.atYear(y).toString());
            }
            return month < article.month()
                    ? new Reading(md.atYear(y).toString(), md.atYear(y + 1).toString())
                    : new Reading(md.atYear(y - 1).toString(), md.atYear(y).toString());
        }
        LocalDate d = article.toLocalDate();
        LocalDate same = md.atYear(y);
        if (same.equals(d)) {
            return Reading.both(same.toString());
        }
        return same.isBefore(d)
                ? new Reading(same.toString(), md.atYear(y + 1).toString())
                : new Reading(md.atYear(y - 1).toString(), same.toString());
    }

    /** A month without a year ("im Juni"): the last such month on or before the article's, and the next on or after. */
    Reading month(int month) {
        if (article == null) {
            return Reading.NONE;
        }
        int y = article.year();
        if (article.month() == null || month == article.month()) {
            return Reading.both(YearMonth.of(y, month).toString());
        }
        return month < article.month()
                ? new Reading(YearMonth.of(y, month).toString(), YearMonth.of(y + 1, month).toString())
                : new Reading(YearMonth.of(y - 1, month).toString(), YearMonth.of(y, month).toString());
    }

    /** "heute" (0), "gestern" (-1), "übermorgen" (+2). */
    Reading dayOffset(int days) {
        if (article == null) {
            return Reading.NONE;
        }
        return Reading.both(article.isFullDate() ? article.toLocalDate().plusDays(days).toString() : article.toString());
    }

    /**
     * The calendar week, month or year containing the article date, moved by {@code shift} ("vergangene Woche" = -1).
     * A week is the date range Monday/Sunday ("2021-12-13/2021-12-19").
     */
    Reading calendarUnit(ChronoUnit unit, int shift) {
        if (article == null) {
            return Reading.NONE;
        }
        return switch (unit) {
            case DAYS -> dayOffset(shift);
            case WEEKS -> {
                if (!article.isFullDate()) {
                    yield Reading.both(article.toString());
                }
                LocalDate monday = article.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .plusWeeks(shift);
                yield Reading.both(monday + "/" + monday.plusDays(6));
            }
            case MONTHS -> Reading.both(article.month() == null ? article.toString()
                    : YearMonth.of(article.year(), article.month()).plusMonths(shift).toString());
            case YEARS -> Reading.both(PartialDate.ofYear(article.year() + shift).toString());
            default -> Reading.both(article.toString());
        };
    }

    /** "vor zwei Wochen" (direction -1), "in drei Tagen" (+1): the article date moved, at the unit's precision. */
    Reading moved(ChronoUnit unit, BigDecimal amount, int direction) {
        if (article == null) {
            return Reading.NONE;
        }
        int n = amount.setScale(0, RoundingMode.HALF_UP).intValue() * direction;
        return switch (unit) {
            case DAYS, WEEKS -> {
                if (!article.isFullDate()) {
                    yield Reading.both(article.toString());
                }
                long days = amount.multiply(BigDecimal.valueOf(unit == ChronoUnit.WEEKS ? 7 : 1))
                        .setScale(0, RoundingMode.HALF_UP).longValue() * direction;
                yield Reading.both(article.toLocalDate().plusDays(days).toString());
            }
            case MONTHS -> Reading.both(article.month() == null ? article.toString()
                    : YearMonth.of(article.year(), article.month()).plusMonths(n).toString());
            case YEARS -> Reading.both(PartialDate.ofYear(article.year() + n).toString());
            default -> Reading.both(article.toString());
        };
    }

    /**
     * A vague span from the article date ("in den kommenden Monaten", {@code amount} 3 months, direction +1):
     * "start/end" at the article date's precision ("2021-04-13/2021-07-13").
     */
    Reading period(ChronoUnit unit, int amount, int direction) {
        if (article == null) {
            return Reading.NONE;
        }
        if (!unit.isDateBased()) {
            return Reading.both(article.toString());
        }
        LocalDate anchor = direction < 0 ? article.latest() : article.earliest();
        LocalDate other = anchor.plus((long) amount * direction, unit);
        String from = atArticlePrecision(direction < 0 ? other : anchor);
        String to = atArticlePrecision(direction < 0 ? anchor : other);
        return Reading.both(from + "/" + to);
    }

    private String atArticlePrecision(LocalDate d) {
        if (article.month() == null) {
            return String.valueOf(d.getYear());
        }
        return article.isFullDate() ? d.toString() : YearMonth.from(d).toString();
    }

    /** The UTC offset a zone name means at the article date (summer time where the zone has a rule). */
    String offset(TimeLexicon.Zone zone) {
        if (zone.summerOffset() == null || article == null || article.month() == null) {
            return zone.offset();
        }
        LocalDate d = article.isFullDate() ? article.toLocalDate() : article.earliest().withDayOfMonth(15);
        return isSummerTime(d, zone.dstRule()) ? zone.summerOffset() : zone.offset();
    }

    private static boolean isSummerTime(LocalDate d, String rule) {
        LocalDate start;
        LocalDate end;
        if ("US".equals(rule)) {
            start = LocalDate.of(d.getYear(), 3, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SUNDAY));
            end = LocalDate.of(d.getYear(), 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SUNDAY));
        } else {
            start = LocalDate.of(d.getYear(), 3, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
            end = LocalDate.of(d.getYear(), 10, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        }
        return !d.isBefore(start) && d.isBefore(end);
    }
}
