package org.newsgraph.extract.event;

import java.util.List;
import java.util.stream.Collectors;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityLinker;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.statement.Affiliation;
import org.newsgraph.extract.statement.LexiconStatementExtractor;
import org.newsgraph.extract.statement.StatementLexicon;
import org.newsgraph.extract.time.LexiconTimeNormalizer;
import org.newsgraph.ingest.Article;
import org.newsgraph.kb.KnowledgeBase;
import org.newsgraph.nlp.Language;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.OpenNlpAnalyzer;
import org.newsgraph.nlp.Sentence;

/**
 * The real extraction chain for rule tests: the OpenNLP analyzer, the knowledge base and entity linker, the time
 * normaliser and the event and statement extractors, loaded once per test JVM. Not a mock: every stage is the one
 * the pipeline runs.
 */
public final class ExtractionFixture {

    /** What the chain found in one text. */
    public record Found(List<Event> events, List<Integer> weekdays, List<Statement> statements) {

        /** Events as "kind date status [participant names]" for readable assertions. */
        public List<String> eventLines() {
            return events.stream().map(e -> e.kind().id() + " " + e.date() + " " + e.status().id() + " "
                    + e.participants().stream().map(Entity::name).sorted().toList()).toList();
        }

        /** Statements as "TYPE actor -> target". */
        public List<String> statementLines() {
            return statements.stream().map(s -> s.type() + " " + s.actor().name() + " -> " + s.target().name())
                    .collect(Collectors.toList());
        }
    }

    private static final java.util.Map<Language, ExtractionFixture> INSTANCES = new java.util.EnumMap<>(Language.class);

    public final EventLexicon eventLexicon;
    public final StatementLexicon statementLexicon;
    private final KnowledgeBase kb;
    private final EntityLinker linker;
    private final OpenNlpAnalyzer analyzer;
    private final LexiconEventExtractor events;
    private final LexiconStatementExtractor statements;

    private final Language language;

    private ExtractionFixture(Language language) {
        this.language = language;
        kb = KnowledgeBase.loadDefault();
        linker = new EntityLinker(kb);
        analyzer = new OpenNlpAnalyzer(NlpModels.shared(language));
        org.newsgraph.extract.LanguageLexicons lexicons = org.newsgraph.extract.LanguageLexicons.load(language);
        eventLexicon = lexicons.events();
        statementLexicon = lexicons.statements();
        events = new LexiconEventExtractor(eventLexicon, lexicons.time(), lexicons.frames());
        statements = new LexiconStatementExtractor(statementLexicon, eventLexicon, lexicons.time(), Affiliation.of(kb),
                lexicons.frames());
    }

    /** The German chain. */
    public static ExtractionFixture get() {
        return get(Language.GERMAN);
    }

    /** The chain of {@code language}: its models, parser and lexicons, as the pipeline picks them. */
    public static synchronized ExtractionFixture get(Language language) {
        return INSTANCES.computeIfAbsent(language, ExtractionFixture::new);
    }

    /** Runs the chain on {@code text} as an article published on {@code date} (ISO, possibly partial, or null). */
    public synchronized Found run(String date, String text) {
        Article article = new Article("test-" + Integer.toHexString(text.hashCode()), null, null, null, date,
                language.code(), "test", "0", text);
        List<Sentence> sentences = analyzer.analyze(text);
        EntityLinker.Result linked = linker.link(sentences, article.publishedDate());
        ArticleAnalysis a = new ArticleAnalysis(article, sentences, linked.mentions(), linked.offices());
        List<DatedEvent> dated = events.extractDated(a);
        ConvenerFinder conveners = new ConvenerFinder(eventLexicon);
        List<Event> found = dated.stream().map(d -> conveners.withConvener(d.event(), a)).toList();
        return new Found(found, dated.stream().map(DatedEvent::weekday).toList(), statements.extract(a, found));
    }
}
