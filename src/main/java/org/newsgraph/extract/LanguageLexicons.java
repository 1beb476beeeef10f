package org.newsgraph.extract;

import java.util.Objects;
import org.newsgraph.extract.event.EventLexicon;
import org.newsgraph.extract.frame.FrameCues;
import org.newsgraph.extract.statement.StatementLexicon;
import org.newsgraph.extract.time.LexiconTimeNormalizer;
import org.newsgraph.extract.time.TimeNormalizer;
import org.newsgraph.nlp.Language;

/**
 * The lexicons one language's extraction reads: event triggers and frames, statement triggers and frames, time
 * words and the closed word classes of the argument reader. Immutable and thread-safe.
 *
 * <pre>{@code
 * LanguageLexicons en = LanguageLexicons.load(Language.ENGLISH);   // events.ttl + events-en.ttl, ...
 * }</pre>
 *
 * Design decision: German reads the base files of {@code ontology/} exactly as before; another language reads the
 * base files plus its own ({@code events-en.ttl}, {@code statements-en.ttl}, {@code frames-en.ttl},
 * {@code time-en.ttl}), so the language-neutral parts (kinds, CAMEO codes, frame roles) are written once.
 */
public record LanguageLexicons(Language language, EventLexicon events, StatementLexicon statements,
                               TimeNormalizer time, FrameCues frames) {

    public LanguageLexicons {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(statements, "statements");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(frames, "frames");
    }

    /** Reads the lexicons of {@code language} from the classpath. */
    public static LanguageLexicons load(Language language) {
        if (language == Language.GERMAN) {
            return new LanguageLexicons(language, EventLexicon.load(), StatementLexicon.load(),
                    new LexiconTimeNormalizer(), FrameCues.load());
        }
        return new LanguageLexicons(language, EventLexicon.load(language), StatementLexicon.load(language),
                new LexiconTimeNormalizer(language), FrameCues.load(language));
    }
}
