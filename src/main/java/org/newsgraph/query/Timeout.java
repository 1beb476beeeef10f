package org.newsgraph.query;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The longest a query or transaction may run ({@code --timeout}): {@code 60s}, {@code 5m}, {@code 500ms},
 * {@code 1h}, or {@code 0} for no limit.
 *
 * <pre>{@code
 * Timeout t = Timeout.parse("90s");   // t.duration() is PT1M30S, t.toString() is "90 s"
 * }</pre>
 *
 * @param duration the limit; zero means none
 */
public record Timeout(Duration duration) {

    /** What every command and {@code serve} use unless told otherwise. */
    public static final Timeout DEFAULT = new Timeout(Duration.ofSeconds(60));

    private static final Pattern TEXT = Pattern.compile("(\\d+)\\s*(ms|s|m|min|h)?");

    public Timeout {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("expected a timeout of 0 (none) or more, found " + duration);
        }
    }

    /**
     * @throws IllegalArgumentException when {@code text} is not a number with an optional unit, naming the option
     */
    public static Timeout parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("expected --timeout as a number with a unit, such as 60s, 5m, 500ms "
                    + "or 1h (0 for no limit), found '" + text + "'");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return new Timeout(switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m", "min" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        });
    }

    /** Whether there is a limit at all. */
    public boolean limited() {
        return !duration.isZero();
    }

    public long millis() {
        return duration.toMillis();
    }

    /** What to tell a user whose query this limit stopped. */
    public String exceededMessage() {
        return "the query ran longer than the timeout of " + this + " and was stopped; narrow it down (LIMIT, "
                + "fewer unconnected patterns), or give it more time with --timeout, e.g. --timeout 10m (0 for no "
                + "limit)";
    }

    /** The limit as people write it: {@code 500 ms}, {@code 60 s}, {@code 5 min}, {@code none}. */
    @Override
    public String toString() {
        if (!limited()) {
            return "none";
        }
        long ms = duration.toMillis();
        if (ms % 1000 != 0) {
            return ms + " ms";
        }
        long s = ms / 1000;
        return s >= 120 && s % 60 == 0 ? s / 60 + " min" : s + " s";
    }
}
