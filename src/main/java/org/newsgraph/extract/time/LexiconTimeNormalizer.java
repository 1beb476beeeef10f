package org.newsgraph.extract.time;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.ingest.PartialDate;
import org.newsgraph.nlp.Sentence;

/**
 * The time normaliser: reads the words of {@code /ontology/time.ttl} once and scans each sentence left to right,
 * taking at each token the longest expression any rule family finds there.
 *
 * <pre>{@code
 * TimeNormalizer time = new LexiconTimeNormalizer();
 * time.find(sentence, PartialDate.parse("2021-12-08"));   // "am Dienstag" -> value 2021-12-07, weekday 2
 * }</pre>
 *
 * <p>Thread-safe once built: it keeps no state between calls.
 */
public final class LexiconTimeNormalizer implements TimeNormalizer {

    private final List<Recognizer> recognizers;

    /** Reads the vocabulary from the classpath; throws {@code ConfigurationException} when it is missing or bad. */
    public LexiconTimeNormalizer() {
        this(TimeLexicon.load());
    }

    /** The normalizer of {@code language}'s time words (see {@link org.newsgraph.nlp.Language#lexiconFiles}). */
    public LexiconTimeNormalizer(org.newsgraph.nlp.Language language) {
        this(TimeLexicon.load(language));
    }

    LexiconTimeNormalizer(TimeLexicon lexicon) {
        DateRecognizer dates = new DateRecognizer(lexicon);
        this.recognizers = List.of(new WeekdayRecognizer(lexicon, dates), dates, new YearRecognizer(lexicon),
                new RelativeDayRecognizer(lexicon),
                new ClockTimeRecognizer(lexicon), new DurationRecognizer(lexicon));
    }

    @Override
    public List<TimeExpression> find(Sentence sentence, PartialDate articleDate) {
        Words words = new Words(sentence);
        RelativeDateResolver resolver = new RelativeDateResolver(articleDate);
        List<TimeExpression> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            TimeExpression best = null;
            for (Recognizer recognizer : recognizers) {
                best = DateRecognizer.longest(best, recognizer.at(words, i, resolver));
            }
            if (best == null) {
                i++;
            } else {
                found.add(best);
                i = best.lastToken() + 1;
            }
        }
        return List.copyOf(found);
    }
}
