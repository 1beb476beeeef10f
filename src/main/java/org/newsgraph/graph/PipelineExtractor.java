package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityLinker;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Office;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.event.ArticleAnalysis;
import org.newsgraph.extract.names.NameFinder;
import org.newsgraph.extract.names.NameSpan;
import org.newsgraph.extract.event.ConvenerFinder;
import org.newsgraph.extract.event.DatedEvent;
import org.newsgraph.extract.event.EventLexicon;
import org.newsgraph.extract.event.LexiconEventExtractor;
import org.newsgraph.extract.statement.Affiliation;
import org.newsgraph.extract.statement.LexiconStatementExtractor;
import org.newsgraph.extract.statement.StatementLexicon;
import org.newsgraph.extract.time.TimeNormalizer;
import org.newsgraph.ingest.Article;
import org.newsgraph.kb.Holding;
import org.newsgraph.kb.KnowledgeBase;
import java.util.function.Supplier;
import org.newsgraph.nlp.DependencyParser;
import org.newsgraph.nlp.OpenNlpAnalyzer;
import org.newsgraph.nlp.SentenceParses;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.StageClock;
import org.newsgraph.nlp.TextAnalyzer;

/**
 * The whole extraction for one article: sentences and tokens, linked mentions, offices, events and statements.
 * One per worker thread (the analyzer is not thread-safe); the knowledge base and linker are shared.
 */
public final class PipelineExtractor implements Ingestion.TimedExtractor {

    /** The stage of the statistical name finder in the benchmark's figures. */
    public static final String NAMES_STAGE = "names";

    private final KnowledgeBase kb;
    private final EntityLinker linker;
    private final StageClock clock = new StageClock();
    private final TextAnalyzer analyzer;
    private final LexiconEventExtractor events;
    private final LexiconStatementExtractor statements;
    private final ConvenerFinder conveners;
    private final Supplier<? extends DependencyParser> parser;
    private final java.util.function.Function<String, ? extends NameFinder> names;

    PipelineExtractor(KnowledgeBase kb, EntityLinker linker, NlpModels models, EventLexicon eventLexicon,
                      StatementLexicon statementLexicon, TimeNormalizer time,
                      Supplier<? extends DependencyParser> parser,
                      java.util.function.Function<String, ? extends NameFinder> names) {
        this.kb = kb;
        this.names = names;
        this.parser = parser;
        this.linker = linker;
        this.analyzer = new OpenNlpAnalyzer(models, clock);
        this.events = new LexiconEventExtractor(eventLexicon, time);
        this.conveners = new ConvenerFinder(eventLexicon);
        this.statements = new LexiconStatementExtractor(statementLexicon, eventLexicon, time, Affiliation.of(kb));
    }

    @Override
    public ArticleFacts extract(Article article) {
        String text = textOf(article);
        List<Sentence> sentences = analyzer.analyze(text);
        NameFinder finder = names.apply(article.language());
        long[] namesNanos = {0};
        java.util.function.Function<Sentence, List<NameSpan>> timedFinder = s -> {
            long n0 = System.nanoTime();
            List<NameSpan> found = finder.find(s);
            namesNanos[0] += System.nanoTime() - n0;
            return found;
        };
        long t0 = System.nanoTime();
        EntityLinker.Result linked = linker.link(sentences, article.publishedDate(), timedFinder);
        clock.add(NAMES_STAGE, namesNanos[0], 0);
        clock.add("link", System.nanoTime() - t0 - namesNanos[0], 0);   // the name finder is its own stage
        List<Office> offices = new ArrayList<>(linked.offices());
        offices.addAll(knownOffices(linked.mentions()));
        List<String> sentenceTexts = sentences.stream().map(Sentence::text).toList();
        SentenceParses parses = new SentenceParses(sentences, parser, clock);
        ArticleAnalysis analysis = new ArticleAnalysis(article, sentences, linked.mentions(), linked.offices(),
                parses);
        long p1 = clock.nanos(SentenceParses.STAGE);   // parse time is its own stage: not counted twice
        long t1 = System.nanoTime();
        List<DatedEvent> dated = events.extractDated(analysis);
        List<org.newsgraph.extract.Event> eventList =
                dated.stream().map(d -> conveners.withConvener(d.event(), analysis)).toList();
        long t2 = System.nanoTime();
        long p2 = clock.nanos(SentenceParses.STAGE);
        clock.add("events", t2 - t1 - (p2 - p1), 0);
        List<Statement> statementList = statements.extract(analysis, eventList);
        clock.add("statements", System.nanoTime() - t2 - (clock.nanos(SentenceParses.STAGE) - p2), 0);
        java.util.Map<String, Integer> weekdays = new java.util.HashMap<>();
        dated.stream().filter(d -> d.weekday() != null).forEach(d -> weekdays.put(d.event().id(), d.weekday()));
        clock.add(SentenceParses.SENTENCES_PARSED, 0, parses.parsedCount());
        clock.add(SentenceParses.SENTENCES_SEEN, 0, parses.sentenceCount());
        return new ArticleFacts(article, sentenceTexts, linked.mentions(), offices, eventList, statementList,
                weekdays, linked.parts(), linked.agreementStatus());
    }

    /** The text that is analysed: the headline (as its own sentence) and the body. */
    static String textOf(Article a) {
        String title = a.title();
        if (title == null || title.isBlank() || a.text().startsWith(title)) {
            return a.text();
        }
        return title.strip() + "\n\n" + a.text();
    }

    /** The offices the knowledge base knows for the persons mentioned. */
    private List<Office> knownOffices(List<Mention> mentions) {
        Set<String> persons = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.entity().type() == EntityType.Person) {
                persons.add(m.entity().id());
            }
        }
        List<Office> offices = new ArrayList<>();
        for (String id : persons) {
            Entity person = kb.entity(EntityType.Person, id).map(e -> e.entity()).orElse(null);
            if (person == null) {
                continue;
            }
            for (Holding h : kb.holdings(id)) {
                kb.entityById(h.ofId()).ifPresent(of -> offices.add(new Office(person, h.titleEn(), of.entity(),
                        h.since() == null ? null : h.since().toString(),
                        h.until() == null ? null : h.until().toString())));
            }
        }
        return offices;
    }

    @Override
    public StageClock clock() {
        return clock;
    }
}
