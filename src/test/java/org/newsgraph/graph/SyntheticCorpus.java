package org.newsgraph.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Varied articles made from the seed corpus, so that many reports of similar events and statements meet in one store
 * and merge in many ways. Copy {@code i} of a seed moves its dates by a week forward or back (weekdays stay true, so
 * "am Dienstag" still fits) and some copies by a year back, and puts other people in place of Biden and Putin in some
 * copies: a partial date ("im Dezember") then meets several full ones, an undated statement several dated ones, and
 * a report may come before or after one it matches.
 */
final class SyntheticCorpus {

    private static final List<String> MONTHS = List.of("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
            "August", "September", "Oktober", "November", "Dezember");
    private static final Pattern DAY_OF_MONTH = Pattern.compile(
            "\\b([1-9]|[12][0-9]|3[01])\\. (" + String.join("|", MONTHS) + ")( (?:19|20)[0-9]{2})?");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b([0-3]?[0-9])\\.([01]?[0-9])\\.(20[0-9]{2})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b20(2[0-9])\\b");
    /** Days each variant moves the dates by: the first copies are a week late, so earlier events come later. */
    private static final int[] SHIFTS = {7, 0, -7};
    /** Who stands in for Biden and for Putin, per variant. */
    private static final List<String[]> PEOPLE = List.of(
            new String[] {},
            new String[] {"Joe Biden", "Emmanuel Macron", "Biden", "Macron"},
            new String[] {"Wladimir Putin", "Wolodymyr Selenskyj", "Putin", "Selenskyj"},
            new String[] {"Joe Biden", "Emmanuel Macron", "Biden", "Macron", "Wladimir Putin", "Xi Jinping",
                    "Putin", "Xi"});

    private SyntheticCorpus() {
    }

    /** Writes {@code count} articles made from the {@code .txt} seeds into {@code dir}; returns {@code dir}. */
    static Path write(Path seeds, Path dir, int count) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(seeds)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            Path seed = files.get(i % files.size());
            int variant = i / files.size();
            String text = vary(Files.readString(seed), SHIFTS[variant % SHIFTS.length], variant / 3 % 2,
                    PEOPLE.get(variant / 6 % PEOPLE.size()));
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "a%04d-%s", i, seed.getFileName())),
                    text + "\n\nMeldung " + i + ".\n");
        }
        return dir;
    }

    private static String vary(String text, int days, int yearsBack, String[] people) {
        Matcher years = YEAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (years.find()) {
            years.appendReplacement(out, String.valueOf(2000 + Integer.parseInt(years.group(1)) - yearsBack));
        }
        years.appendTail(out);
        Matcher dates = DAY_OF_MONTH.matcher(out.toString());
        out = new StringBuilder();
        while (dates.find()) {
            int month = MONTHS.indexOf(dates.group(2)) + 1;
            String year = dates.group(3);
            // A date without its year is in the seeds' time: April to December 2021, January 2022.
            int y = year != null ? Integer.parseInt(year.strip()) : (month >= 4 ? 2021 : 2022) - yearsBack;
            LocalDate day = LocalDate.of(y, month, Math.min(Integer.parseInt(dates.group(1)),
                    LocalDate.of(y, month, 1).lengthOfMonth())).plusDays(days);
            dates.appendReplacement(out, day.getDayOfMonth() + ". " + MONTHS.get(day.getMonthValue() - 1)
                    + (year != null ? " " + day.getYear() : ""));
        }
        dates.appendTail(out);
        Matcher numeric = NUMERIC_DATE.matcher(out.toString());
        out = new StringBuilder();
        while (numeric.find()) {
            LocalDate day = LocalDate.of(Integer.parseInt(numeric.group(3)), Integer.parseInt(numeric.group(2)),
                    Integer.parseInt(numeric.group(1))).plusDays(days);
            numeric.appendReplacement(out, String.format(Locale.ROOT, "%02d.%02d.%d", day.getDayOfMonth(),
                    day.getMonthValue(), day.getYear()));
        }
        numeric.appendTail(out);
        String varied = out.toString();
        for (int i = 0; i < people.length; i += 2) {
            varied = varied.replace(people[i], people[i + 1]);
        }
        return varied;
    }
}
