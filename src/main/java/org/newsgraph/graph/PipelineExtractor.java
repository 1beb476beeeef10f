package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityLinker;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.LanguageLexicons;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Office;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.event.ArticleAnalysis;
import org.newsgraph.extract.names.CoreNlpNameFinder;
import org.newsgraph.extract.names.NameFinder;
import org.newsgraph.extract.names.NameSpan;
import org.newsgraph.extract.event.ConvenerFinder;
import org.newsgraph.extract.event.DatedEvent;
import org.newsgraph.extract.event.LexiconEventExtractor;
import org.newsgraph.extract.statement.Affiliation;
import org.newsgraph.extract.statement.LexiconStatementExtractor;
import org.newsgraph.ingest.Article;
import org.newsgraph.kb.Holding;
import org.newsgraph.kb.KnowledgeBase;
import java.util.function.Supplier;
import org.newsgraph.nlp.DependencyParser;
import org.newsgraph.nlp.OpenNlpAnalyzer;
import org.newsgraph.nlp.SentenceParses;
import org.newsgraph.nlp.CoreNlpDependencyParser;
import org.newsgraph.nlp.Language;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.StageClock;
import org.newsgraph.nlp.TextAnalyzer;

/**
 * The whole extraction for one article: sentences and tokens, linked mentions, offices, events and statements,
 * with the models and lexicons of the article's language. One per worker thread (the analyzer is not thread-safe); the knowledge base and linker are shared.
 */
public final class PipelineExtractor implements Ingestion.TimedExtractor {

    /** The stage of the statistical name finder in the benchmark's figures. */
    public static final String NAMES_STAGE = "names";

    private final KnowledgeBase kb;
    private final EntityLinker linker;
    private final Pipeline pipeline;
    private final StageClock clock = new StageClock();
    private final java.util.Map<Language, LanguageStages> stages = new java.util.EnumMap<>(Language.class);

    /** The stages of one language for this thread: the analyzer is not thread-safe, the rest is cheap to hold. */
    private record LanguageStages(TextAnalyzer analyzer, LexiconEventExtractor events, ConvenerFinder conveners,
                                  LexiconStatementExtractor statements, Supplier<? extends DependencyParser> parser,
                                  Supplier<? extends NameFinder> names) {
    }

    PipelineExtractor(KnowledgeBase kb, EntityLinker linker, Pipeline pipeline) {
        this.kb = kb;
        this.linker = linker;
        this.pipeline = pipeline;
        stages(Language.GERMAN);
    }

    private LanguageStages stages(Language language) {
        return stages.computeIfAbsent(language, l -> {
            LanguageLexicons lex = pipeline.lexicons(l);
            return new LanguageStages(new OpenNlpAnalyzer(pipeline.models(l), clock),
                    new LexiconEventExtractor(lex.events(), lex.time(), lex.frames()),
                    new ConvenerFinder(lex.events()),
                    new LexiconStatementExtractor(lex.statements(), lex.events(), lex.time(), Affiliation.of(kb),
                            lex.frames()),
                    () -> CoreNlpDependencyParser.shared(l), () -> CoreNlpNameFinder.shared(l));
        });
    }

    /** The language an article is read in: its own where newsgraph has models for it, German otherwise. */
    static Language languageOf(Article article) {
        return Language.of(article.language());
    }

    @Override
    public ArticleFacts extract(Article article) {
        LanguageStages lang = stages(languageOf(article));
        String text = textOf(article);
        List<Sentence> sentences = lang.analyzer().analyze(text);
        NameFinder finder = lang.names().get();
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
        SentenceParses parses = new SentenceParses(sentences, lang.parser(), clock);
        ArticleAnalysis analysis = new ArticleAnalysis(article, sentences, linked.mentions(), linked.offices(),
                parses);
        long p1 = clock.nanos(SentenceParses.STAGE);   // parse time is its own stage: not counted twice
        long t1 = System.nanoTime();
        List<DatedEvent> dated = lang.events().extractDated(analysis);
        List<org.newsgraph.extract.Event> eventList =
                dated.stream().map(d -> lang.conveners().withConvener(d.event(), analysis)).toList();
        long t2 = System.nanoTime();
        long p2 = clock.nanos(SentenceParses.STAGE);
        clock.add("events", t2 - t1 - (p2 - p1), 0);
        List<Statement> statementList = lang.statements().extract(analysis, eventList);
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
