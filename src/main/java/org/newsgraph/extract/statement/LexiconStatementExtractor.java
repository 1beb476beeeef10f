package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Office;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.StatementType;
import org.newsgraph.extract.event.ArticleAnalysis;
import org.newsgraph.extract.event.EventLexicon;
import org.newsgraph.extract.event.MentionIndex;
import org.newsgraph.extract.frame.ArgumentReader;
import org.newsgraph.extract.frame.FrameCues;
import org.newsgraph.extract.time.TimeExpression;
import org.newsgraph.extract.time.TimeNormalizer;
import org.newsgraph.extract.time.TimeType;
import org.newsgraph.ingest.PartialDate;
import org.newsgraph.nlp.DependencyTree;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The statement extractor: candidates per sentence from the word-order reading ({@link SentenceStatements}) and,
 * beyond those, from the parse ({@link ParsedStatements}); then the target, the content phrase, CAMEO code, date and
 * event; statements of one type between the same two parties in one article become one.
 *
 * <p>The target rule: the target is the party whose conduct is demanded, threatened, accused or supported. It is
 * the addressee where the frame's target role names one; otherwise the party named inside the content, by name, by
 * a nationality adjective or by a genitive ("Abbau der russischen Truppen" -> Russland); otherwise there is no
 * statement rather than a guess. Candidates of the word-order reading ({@link SentenceStatements}, still run beside
 * the parse) keep their wider target search ({@code wordOrderTarget}). "beide Seiten" stands for every other
 * party of the event the statement was made at.
 *
 * <pre>{@code
 * StatementExtractor s = new LexiconStatementExtractor(StatementLexicon.load(), EventLexicon.load(), time);
 * List<Statement> found = s.extract(analysis, events);
 * }</pre>
 */
public final class LexiconStatementExtractor implements StatementExtractor {

    private static final Set<StatementType> CONDUCT = Set.of(StatementType.DEMANDED, StatementType.THREATENED,
            StatementType.ACCUSED, StatementType.SUPPORTED);

    private final StatementLexicon lexicon;
    private final EventLexicon events;
    private final TimeNormalizer time;
    private final Affiliation affiliation;
    private final FrameCues cues;

    public LexiconStatementExtractor(StatementLexicon lexicon, EventLexicon events, TimeNormalizer time,
                                     Affiliation affiliation) {
        this(lexicon, events, time, affiliation, FrameCues.load());
    }

    public LexiconStatementExtractor(StatementLexicon lexicon, EventLexicon events, TimeNormalizer time,
                                     Affiliation affiliation, FrameCues cues) {
        this.cues = cues;
        this.lexicon = lexicon;
        this.events = events;
        this.time = time;
        this.affiliation = affiliation;
    }

    @Override
    public List<Statement> extract(ArticleAnalysis a, List<Event> articleEvents) {
        MentionIndex index = new MentionIndex(a);
        ParsedStatements finder = new ParsedStatements(lexicon, index, new ArgumentReader(a, index, cues));
        Map<String, Entity> stateOf = statesOf(a, index);
        Map<String, Statement> merged = new LinkedHashMap<>();
        List<Statement> untargeted = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            // "vereinbarten, Verhandlungen aufzunehmen": the planned event says it, not an AGREED statement
            List<Candidate> parses = finder.find(s.index()).stream()
                    .filter(p -> !(p.type() == StatementType.AGREED && namesEvent(s, p))).toList();
            // The parse reads the roles; the older word-order reading only fills in where the parse found no
            // statement of the type, or found its actor but no addressee, or reads the same two parties the other
            // way round (the parser swaps subject and object of names: "Xi Jinping habe Indien ... vorgeworfen").
            List<Candidate> candidates = new ArrayList<>(new SentenceStatements(lexicon, index, s.index(), stateOf)
                    .find().stream().filter(c -> !finder.negated(s.index(), c.type()))
                    .filter(c -> parses.stream().noneMatch(p -> p.type() == c.type())
                            || parses.stream().anyMatch(p -> p.type() == c.type() && p.actor().equals(c.actor())
                                    && p.target() == null)
                            || parses.stream().anyMatch(p -> swapped(p, c, parses)))
                    .toList());
            Set<Candidate> parsed = new HashSet<>();
            for (Candidate p : parses) {
                if (candidates.stream().anyMatch(c -> swapped(p, c, parses))) {
                    continue;
                }
                if (candidates.stream().noneMatch(c -> c.type() == p.type() && c.actor().equals(p.actor())
                        && (c.target() != null || p.target() == null))) {
                    candidates.add(p);   // what the parse finds beyond the word-order reading
                    parsed.add(p);
                }
            }
            Set<Entity> used = new HashSet<>();
            candidates.stream().filter(c -> c.target() != null).forEach(c -> used.add(c.target()));
            candidates.forEach(c -> used.add(c.actor()));
            for (Candidate c : candidates) {
                Event event = eventOf(a, index, s.index(), articleEvents, c.actor());
                List<Entity> group = c.target() == null
                        ? groupTargets(c, s, event != null ? event : latestWith(articleEvents, c.actor(), a, s), stateOf)
                        : List.of();
                for (Entity member : group) {
                    Statement st = new Statement(c.type(), c.actor(), member, text(s, c, index, null), cameo(c, s),
                            date(a, s, event), event == null ? null : event.id(), List.of(s.text()));
                    merged.merge(c.type() + "|" + c.actor().key() + "|" + member.key(), st, StatementMatcher::merge);
                }
                if (!group.isEmpty()) {
                    continue;
                }
                List<Entity> targets = parsed.contains(c) ? targets(c, index, a.tree(s.index()), stateOf, event)
                        : nonNull(wordOrderTarget(c, index, stateOf, used, event));
                targets = targets.stream().filter(t -> !t.equals(c.actor())
                        && lexicon.targetTypes(c.type()).contains(t.type())).toList();
                if (targets.isEmpty()) {
                    untargeted.add(new Statement(c.type(), c.actor(), c.actor(), text(s, c, index, null), cameo(c, s),
                            date(a, s, event), event == null ? null : event.id(), List.of(s.text())));
                    continue;
                }
                for (Entity target : targets) {
                    used.add(target);
                    String what = text(s, c, index, target);
                    if (what.isEmpty()) {
                        what = parsedContent(s, c, parses, index, target);
                    }
                    Statement st = new Statement(c.type(), c.actor(), target, what, cameo(c, s), date(a, s, event),
                            event == null ? null : event.id(), List.of(s.text()));
                    merged.merge(c.type() + "|" + c.actor().key() + "|" + target.key(), st, StatementMatcher::merge);
                }
            }
        }
        for (Statement u : untargeted) {
            merged.entrySet().stream().filter(e -> e.getValue().type() == u.type() && e.getValue().actor().equals(u.actor()))
                    .findFirst().ifPresent(e -> e.setValue(StatementMatcher.merge(e.getValue(),
                            new Statement(u.type(), u.actor(), e.getValue().target(), u.what(), u.cameo(), u.date(),
                                    u.event(), u.evidence()))));
        }
        return List.copyOf(merged.values());
    }

    private Map<String, Entity> statesOf(ArticleAnalysis a, MentionIndex index) {
        Map<String, Entity> out = new HashMap<>();
        for (Office o : a.offices()) {
            if (o.of().type() == EntityType.Country) {
                out.putIfAbsent(o.person().key(), o.of());
            }
        }
        PartialDate date = articleDate(a);
        for (Mention m : a.mentions()) {
            if (m.entity().type() == EntityType.Person && !out.containsKey(m.entity().key())) {
                Entity state = affiliation.stateOf(m.entity(), date);
                if (state != null) {
                    out.put(m.entity().key(), state);
                }
            }
        }
        return out;
    }

    private static PartialDate articleDate(ArticleAnalysis a) {
        try {
            return a.article().publishedDate();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The targets of a candidate the parse found: its addressee role; else the first party named in the content, with
     * the parties coordinated with it ("Gespräche zwischen Moskau und Kiew": both); else none.
     */
    private List<Entity> targets(Candidate c, MentionIndex index, DependencyTree tree, Map<String, Entity> stateOf,
                                 Event event) {
        Entity actorSide = stateOf.get(c.actor().key());
        List<EntityType> types = lexicon.targetTypes(c.type());
        if (c.target() != null && types.contains(c.target().type()) && fits(c.target(), c, actorSide)) {
            return List.of(c.target());
        }
        List<Token> tokens = index.sentence(c.sentence()).tokens();
        List<Mention> mentions = index.in(c.sentence());
        for (EntityType type : types) {
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                if (m.entity().type() == type && inContent(m, c) && fits(m.entity(), c, actorSide)
                        && !MentionIndex.inQuote(tokens, m.firstToken()) && !participleAgent(tree, m)) {
                    List<Entity> out = new ArrayList<>(List.of(m.entity()));
                    Mention last = m;
                    for (int j = i + 1; j < mentions.size(); j++) {
                        Mention next = mentions.get(j);
                        if (!inContent(next, c) || !coordinated(tokens, last, next)) {
                            break;
                        }
                        if (types.contains(next.entity().type()) && fits(next.entity(), c, actorSide)
                                && !out.contains(next.entity())) {
                            out.add(next.entity());
                        }
                        last = next;
                    }
                    return out;
                }
            }
        }
        return List.of();
    }

    /** "das von Russland angegriffene Land": the agent of a participle in the content is not the party it names. */
    private static boolean participleAgent(DependencyTree tree, Mention m) {
        int k = m.firstToken();
        while (k < m.lastToken() && tree.head(k) >= m.firstToken() && tree.head(k) <= m.lastToken()) {
            k++;   // the mention's own head: the token whose head lies outside it
        }
        int head = tree.head(k);
        return head >= 0 && (tree.is(head, "amod") || tree.is(head, "acl"))
                && (tree.is(k, "nmod") || tree.is(k, "obl"));
    }

    private static boolean inContent(Mention m, Candidate c) {
        return m.firstToken() >= c.contentFrom() && m.lastToken() <= c.contentTo();
    }

    /** True when only a comma or a coordinating conjunction (and articles) stand between the two mentions. */
    private static boolean coordinated(List<Token> tokens, Mention a, Mention b) {
        boolean conjunction = false;
        for (int k = a.lastToken() + 1; k < b.firstToken(); k++) {
            String tag = tokens.get(k).tag();
            if (tag.equals("CCONJ") || tokens.get(k).text().equals(",")) {
                conjunction = true;
            } else if (!tag.equals("DET")) {
                return false;
            }
        }
        return conjunction;
    }

    /** The parse reads {@code p} as {@code c} the other way round, and not also as {@code c} (a reciprocal). */
    private static boolean swapped(Candidate p, Candidate c, List<Candidate> parses) {
        return p.type() == c.type() && p.target() != null && c.target() != null && p.actor().equals(c.target())
                && p.target().equals(c.actor()) && parses.stream().noneMatch(q -> q.type() == c.type()
                        && q.actor().equals(c.actor()) && c.target().equals(q.target()));
    }

    /** The parse's reading of a word-order candidate: the same type and actor in the same sentence, or null. */
    private static Candidate twin(Candidate c, List<Candidate> parses) {
        return parses.stream().filter(p -> p.type() == c.type() && p.actor().equals(c.actor())).findFirst()
                .orElse(null);
    }

    private static List<Entity> nonNull(Entity e) {
        return e == null ? List.of() : List.of(e);
    }

    /**
     * The content of the parse's reading of the same statement (type and actor) in this sentence, for a word-order
     * candidate whose own content span held nothing but the parties; empty when the parse has none.
     */
    private String parsedContent(Sentence s, Candidate c, List<Candidate> parses, MentionIndex index, Entity target) {
        Candidate p = twin(c, parses);
        return p == null ? "" : text(s, p, index, target);
    }

    /**
     * The addressee the event names: the one other participant of the event the statement was made at (a call, a
     * meeting), or for conduct the state that person leads.
     */
    private static Entity counterpart(Candidate c, Event event, Map<String, Entity> stateOf, boolean state) {
        if (event == null || !event.participants().contains(c.actor())) {
            return null;
        }
        List<Entity> others = event.participants().stream().filter(e -> !e.equals(c.actor())).toList();
        if (others.size() != 1) {
            return null;
        }
        Entity other = others.get(0);
        return state && stateOf.containsKey(other.key()) ? stateOf.get(other.key()) : other;
    }

    /**
     * The target of a candidate of the word-order reading ({@link SentenceStatements}), as before the parse: an
     * explicit object, a party named in the content after a target preposition, another party of the sentence,
     * the other side of the event.
     */
    private Entity wordOrderTarget(Candidate c, MentionIndex index, Map<String, Entity> stateOf, Set<Entity> used, Event event) {
        Entity actorSide = stateOf.get(c.actor().key());
        List<EntityType> types = lexicon.targetTypes(c.type());
        List<Token> tokens = index.sentence(c.sentence()).tokens();
        for (EntityType type : types) {
            if (c.target() != null && c.target().type() == type) {
                return c.target();
            }
            for (Mention m : index.in(c.sentence())) {
                String prep = MentionIndex.governingPreposition(tokens, m.firstToken());
                if (m.entity().type() == type && !m.rule().equals("adjective") && m.firstToken() >= c.contentFrom() && m.lastToken() <= c.contentTo()
                        && fits(m.entity(), c, actorSide) && (prep == null || lexicon.cue("targetPreposition").contains(prep))) {
                    return m.entity();
                }
            }
        }
        if (c.type() == StatementType.AGREED || c.type() == StatementType.REJECTED || c.type() == StatementType.ANNEXED) {
            return null;
        }
        if (!CONDUCT.contains(c.type())) {
            return counterpart(c, event, stateOf, false);
        }
        for (Mention m : index.in(c.sentence())) {
            String prep = MentionIndex.governingPreposition(tokens, m.firstToken());
            Entity side = stateOf.get(m.entity().key());
            if (types.contains(m.entity().type()) && !m.rule().equals("adjective") && fits(m.entity(), c, actorSide)
                    && !used.contains(m.entity())
                    && (side == null || !used.contains(side) && !side.equals(actorSide))
                    && !MentionIndex.inQuote(tokens, m.firstToken())
                    && !(prep != null && lexicon.cue("locationPreposition").contains(prep))) {
                return m.entity();
            }
        }
        return counterpart(c, event, stateOf, true);
    }

    /** The latest event before this sentence that the actor took part in (by its evidence), or null. */
    private static Event latestWith(List<Event> events, Entity actor, ArticleAnalysis a, Sentence s) {
        Event best = null;
        int bestAt = -1;
        for (Event e : events) {
            if (!e.participants().contains(actor)) {
                continue;
            }
            for (Sentence x : a.sentences()) {
                if (x.index() <= s.index() && x.index() > bestAt && e.evidence().contains(x.text())) {
                    best = e;
                    bestAt = x.index();
                }
            }
        }
        return best;
    }

    /** "beide Seiten": every other party of the event the statement was made at. */
    private List<Entity> groupTargets(Candidate c, Sentence s, Event event, Map<String, Entity> stateOf) {
        boolean group = lexicon.patterns("groupObject").stream().anyMatch(p -> {
            int[] span = p.span(s.tokens(), 0, s.tokens().size());
            return span != null;
        });
        if (!group || event == null) {
            return List.of();
        }
        Entity actorSide = stateOf.get(c.actor().key());
        return event.participants().stream().filter(e -> !e.equals(c.actor()) && !e.equals(actorSide)
                && lexicon.targetTypes(c.type()).contains(e.type())).toList();
    }

    private static boolean fits(Entity e, Candidate c, Entity actorSide) {
        return !e.equals(c.actor()) && !e.equals(actorSide) && !e.equals(c.exclude());
    }

    /**
     * The event reported in this sentence (one with the actor first), else the latest event of an earlier sentence of
     * its paragraph that the actor took part in.
     */
    private static Event eventOf(ArticleAnalysis a, MentionIndex index, int sentence, List<Event> events, Entity actor) {
        for (int s = sentence; s >= 0 && index.sameParagraph(a.article().text(), s, sentence); s--) {
            String text = index.sentence(s).text();
            Event any = null;
            for (Event e : events) {
                if (e.evidence().contains(text)) {
                    if (e.participants().contains(actor)) {
                        return e;
                    }
                    any = any == null ? e : any;
                }
            }
            if (any != null && s == sentence) {
                return any;
            }
        }
        return null;
    }

    /** True when the content holds an event trigger noun ("Verhandlungen", "Treffen"). */
    private boolean namesEvent(Sentence s, Candidate c) {
        for (int k = Math.max(0, c.contentFrom()); k <= c.contentTo() && k < s.tokens().size(); k++) {
            if (events.noun(s.tokens().get(k)) != null) {
                return true;
            }
        }
        return false;
    }

    private String cameo(Candidate c, Sentence s) {
        for (int k = Math.max(0, c.contentFrom()); k <= c.contentTo() && k < s.tokens().size(); k++) {
            if (events.noun(s.tokens().get(k)) != null) {
                return lexicon.eventCameo(c.type());
            }
        }
        return lexicon.cameo(c.type());
    }

    private String date(ArticleAnalysis a, Sentence s, Event event) {
        if (event != null && event.date() != null) {
            return event.date();
        }
        PartialDate articleDate;
        try {
            articleDate = a.article().publishedDate();
        } catch (IllegalArgumentException e) {
            articleDate = null;
        }
        for (TimeExpression t : time.find(s, articleDate)) {
            if ((t.type() == TimeType.DATE || t.type() == TimeType.DATE_RANGE) && t.isResolved()) {
                return t.value();
            }
        }
        return articleDate == null ? null : articleDate.toString();
    }

    /**
     * The content words as written, without leading or trailing punctuation, quotes, filler words, separable
     * particles, the actor, and the target where it opens the phrase ("wirft der Ukraine Provokationen vor" ->
     * "Provokationen").
     */
    private String text(Sentence s, Candidate c, MentionIndex index, Entity target) {
        List<Token> tokens = s.tokens();
        Set<Integer> actorTokens = new HashSet<>();
        Set<Integer> targetTokens = new HashSet<>();
        for (Mention m : index.in(s.index())) {
            for (int k = m.firstToken(); k <= m.lastToken(); k++) {
                if (m.entity().equals(c.actor())) {
                    actorTokens.add(k);
                } else if (m.entity().equals(target)) {
                    targetTokens.add(k);
                }
            }
        }
        int a = Math.max(0, c.contentFrom());
        int b = Math.min(tokens.size() - 1, c.contentTo());
        while (a <= b && (droppable(tokens.get(a)) || actorTokens.contains(a) || targetTokens.contains(a)
                || edge(tokens, a))) {
            a++;
        }
        while (b >= a && (droppable(tokens.get(b)) || actorTokens.contains(b) || edge(tokens, b))) {
            b--;
        }
        if (a > b) {
            a = Math.max(0, c.contentFrom());
            b = Math.min(tokens.size() - 1, c.contentTo());
            while (a <= b && droppable(tokens.get(a))) {
                a++;
            }
            while (b >= a && droppable(tokens.get(b))) {
                b--;
            }
            if (a > b) {
                return "";
            }
        }
        String text = s.text().substring(tokens.get(a).start() - s.start(), tokens.get(b).end() - s.start());
        return text.replaceAll("[„“\"”]", "").replaceAll("\\s+", " ").strip();
    }

    /** Articles and particles left at the edge of a content phrase once the parties are cut off. */
    private boolean edge(List<Token> tokens, int k) {
        String tag = tokens.get(k).tag();
        return tag.equals("DET") && k + 1 < tokens.size() && !tokens.get(k + 1).tag().matches("NOUN|ADJ|PROPN")
                || tag.equals("DET") && k + 1 < tokens.size() && tokens.get(k + 1).tag().equals("PROPN")
                || tag.equals("ADP") && (k + 1 >= tokens.size() || tokens.get(k + 1).tag().equals("PUNCT"))
                || tag.equals("ADV") && lexicon.isWord("separableParticle", tokens.get(k));
    }

    private boolean droppable(Token t) {
        return t.tag().equals("PUNCT") || t.tag().equals("CCONJ") || lexicon.isCue("dropWord", t)
                || t.text().matches("[„“\"”»«]");
    }
}
