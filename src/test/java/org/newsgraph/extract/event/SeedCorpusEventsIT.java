package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.BadInputException;
import org.newsgraph.extract.EntityLinker;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.statement.Affiliation;
import org.newsgraph.extract.statement.LexiconStatementExtractor;
import org.newsgraph.extract.statement.StatementLexicon;
import org.newsgraph.extract.statement.StatementMatcher;
import org.newsgraph.extract.time.LexiconTimeNormalizer;
import org.newsgraph.eval.Evaluation;
import org.newsgraph.eval.Evaluator;
import org.newsgraph.eval.Gold;
import org.newsgraph.eval.Score;
import org.newsgraph.graph.ArticleFacts;
import org.newsgraph.graph.GraphStore;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.kb.KnowledgeBase;
import org.newsgraph.nlp.Language;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.OpenNlpAnalyzer;
import org.newsgraph.nlp.Sentence;

/**
 * The seed corpus through the real reader, analyzer, linker, time normaliser and the event and statement extractors,
 * merged across articles with {@link EventMatcher} and {@link StatementMatcher} the way the graph writer is meant to,
 * written to a real embedded Neo4j and scored by the project's {@link Evaluator} against the seed gold.
 */
class SeedCorpusEventsIT {

    private static Path root() {
        String root = System.getProperty("newsgraph.root");
        return root != null ? Path.of(root) : Path.of("").toAbsolutePath();
    }

    private record Extracted(Article article, List<Sentence> sentences, EntityLinker.Result linked, List<Event> events,
                             List<Statement> statements) { }

    @Test
    void eventsAndStatementsReachTheTargetAndEveryMetPairIsFound(@TempDir Path dir) {
        Evaluation e = evaluate(root().resolve("corpus"), root().resolve("src/test/resources/gold/seed-gold.json"),
                dir);
        String report = report(e);
        for (String category : List.of("events", "statements")) {
            assertTrue(e.score(category).f1() >= 0.9, category + " below F1 0.9:\n" + report);
        }
        // The gold lists the conference call E5 as a star (Biden with each of four leaders) while the evaluator pairs
        // every two participants; every gold pair must be found, precision is reported above.
        assertTrue(e.score("met pairs").recall() == 1.0, "a met pair of the gold is missing:\n" + report);
    }

    /** Articles written for the project (not the seeds), with their own gold: how the rules generalise. */
    @Test
    void generalisationArticlesAreScored(@TempDir Path dir) {
        Path folder = root().resolve("src/test/resources/generalisation");
        Evaluation e = evaluate(folder, folder.resolve("gold.json"), dir);
        String report = report(e);
        for (String category : List.of("events", "met pairs", "statements")) {
            assertTrue(e.score(category).f1() >= GENERALISATION_FLOOR, category + " below "
                    + GENERALISATION_FLOOR + ":\n" + report);
        }
    }

    /** The floor the generalisation set keeps (measured: events 1.0, met pairs 1.0, statements 0.909). */
    private static final double GENERALISATION_FLOOR = 0.9;

    private static String report(Evaluation e) {
        StringBuilder report = new StringBuilder();
        for (String category : List.of("events", "met pairs", "statements")) {
            Score s = e.score(category);
            report.append(String.format("%s: P=%.3f R=%.3f F1=%.3f (tp %d, fp %d, fn %d)%n  missed %s%n  spurious %s%n",
                    category, s.precision(), s.recall(), s.f1(), s.truePositives(), s.falsePositives(),
                    s.falseNegatives(), s.missed(), s.spurious()));
        }
        System.out.println(report);
        return report.toString();
    }

    private static Evaluation evaluate(Path corpus, Path goldFile, Path dir) {
        KnowledgeBase kb = KnowledgeBase.loadDefault();
        EntityLinker linker = new EntityLinker(kb);
        OpenNlpAnalyzer analyzer = new OpenNlpAnalyzer(NlpModels.shared(Language.GERMAN));
        LexiconTimeNormalizer time = new LexiconTimeNormalizer();
        EventLexicon lexicon = EventLexicon.load();
        LexiconEventExtractor events = new LexiconEventExtractor(lexicon, time);
        LexiconStatementExtractor statements = new LexiconStatementExtractor(StatementLexicon.load(), lexicon, time,
                Affiliation.of(kb));

        List<Extracted> all = new ArrayList<>();
        ArticleSource.of(List.of(corpus)).forEach(new ArticleSink() {
            @Override
            public void article(Article article, long bytesDone) {
                String text = article.title() == null || article.text().startsWith(article.title()) ? article.text()
                        : article.title().strip() + "\n\n" + article.text();
                Article a = new Article(article.id(), article.title(), article.source(), article.url(),
                        article.published(), article.language(), article.path(), article.sha256(), text);
                List<Sentence> sentences = analyzer.analyze(text);
                EntityLinker.Result linked = linker.link(sentences, a.publishedDate());
                ArticleAnalysis analysis = new ArticleAnalysis(a, sentences, linked.mentions(), linked.offices());
                List<Event> found = events.extract(analysis);
                all.add(new Extracted(a, sentences, linked, found, statements.extract(analysis, found)));
            }

            @Override
            public void failed(BadInputException problem, long bytesDone) {
                throw problem;
            }
        });

        List<ArticleFacts> facts = mergeAcrossArticles(all, new EventMatcher(lexicon));
        try (GraphStore store = GraphStore.embedded(dir.resolve("graph.db"))) {
            store.writeAll(facts);
            return new Evaluator(Gold.read(goldFile)).evaluate(store.runner());
        }
    }

    /** What the graph writer does per incoming article, done here over the whole corpus at once. */
    private static List<ArticleFacts> mergeAcrossArticles(List<Extracted> all, EventMatcher matcher) {
        List<Event> canonical = new ArrayList<>();
        Map<String, String> idOf = new HashMap<>();
        for (Extracted x : all) {
            for (Event e : x.events()) {
                int k = indexOfSame(canonical, e, matcher);
                if (k < 0) {
                    canonical.add(e);
                    idOf.put(e.id(), e.id());
                } else {
                    Event merged = matcher.merge(canonical.get(k), e);
                    String old = canonical.get(k).id();
                    canonical.set(k, merged);
                    idOf.replaceAll((from, to) -> to.equals(old) ? merged.id() : to);
                    idOf.put(e.id(), merged.id());
                }
            }
        }
        List<Statement> known = new ArrayList<>();
        for (Extracted x : all) {
            for (Statement s : x.statements()) {
                int k = -1;
                for (int i = 0; i < known.size() && k < 0; i++) {
                    k = StatementMatcher.same(known.get(i), s) ? i : -1;
                }
                if (k < 0) {
                    known.add(s);
                } else {
                    known.set(k, StatementMatcher.merge(known.get(k), s));
                }
            }
        }
        List<ArticleFacts> facts = new ArrayList<>();
        for (Extracted x : all) {
            List<Event> evs = new ArrayList<>();
            for (Event e : x.events()) {
                String id = idOf.get(e.id());
                evs.add(canonical.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow());
            }
            List<Statement> sts = new ArrayList<>();
            for (Statement s : x.statements()) {
                Statement merged = known.stream().filter(k -> StatementMatcher.same(k, s)).findFirst().orElseThrow();
                sts.add(new Statement(s.type(), s.actor(), s.target(), merged.what(), s.cameo(), s.date(),
                        s.event() == null ? null : idOf.getOrDefault(s.event(), s.event()), s.evidence()));
            }
            facts.add(new ArticleFacts(x.article(), x.sentences().stream().map(Sentence::text).toList(),
                    x.linked().mentions(), x.linked().offices(), evs.stream().distinct().toList(), sts));
        }
        return facts;
    }

    private static int indexOfSame(List<Event> canonical, Event e, EventMatcher matcher) {
        for (int i = 0; i < canonical.size(); i++) {
            if (matcher.sameEvent(canonical.get(i), e)) {
                return i;
            }
        }
        return -1;
    }
}
