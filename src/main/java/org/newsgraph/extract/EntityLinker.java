package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.names.NameSpan;
import org.newsgraph.ingest.PartialDate;
import org.newsgraph.kb.KbEntity;
import org.newsgraph.kb.KnowledgeBase;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds the entities an article talks about and links each mention to one canonical entity.
 *
 * <pre>{@code
 * EntityLinker linker = new EntityLinker(KnowledgeBase.loadDefault());
 * EntityLinker.Result r = linker.link(sentences, article.publishedDate());
 * r.mentions();   // "Kreml-Chef" -> Person wladimir-putin (rule role), "Moskau" -> Country RU (rule capital), ...
 * }</pre>
 *
 * Three passes: names from the knowledge base (with their inflected forms, family names, nationality adjectives,
 * compound prefixes and capitals); then descriptions (offices at the article's date, "sein US-Amtskollege"); then
 * names the knowledge base does not know, found next to cue words ("Berater Michail Podoljak"), and their short forms;
 * last the spans of a statistical name finder that nothing before covered.
 * Thread-safe: all per-article state lives in {@link ArticleLinking}.
 */
public final class EntityLinker {

    /** What linking found in one article. */
    public record Result(List<Mention> mentions, List<Office> offices, List<Part> parts,
                         java.util.Map<Entity, String> agreementStatus) {
        public Result {
            mentions = List.copyOf(mentions);
            offices = List.copyOf(offices);
            parts = List.copyOf(parts);
            agreementStatus = java.util.Map.copyOf(agreementStatus);
        }
    }

    /** The statuses an Agreement can have, in rising order (a later one wins): draft, signed, in force. */
    public static final List<String> AGREEMENT_STATUSES = AgreementFinder.STATUSES;

    private final KnowledgeBase kb;
    private final NameForms forms;
    private final LabelIndex index;
    private final DescriptionLinker descriptions;
    private final CueNameFinder cues;
    private final StatisticalNames statistical;
    private final InstitutionFinder institutions;
    private final AgreementFinder agreements;
    private final Set<String> locatives;
    private final Set<String> governmentNouns;
    private final Set<String> conjunctions;

    public EntityLinker(KnowledgeBase kb) {
        this.kb = kb;
        this.forms = new NameForms(kb);
        this.index = new LabelIndex(kb, forms);
        RoleResolver roles = new RoleResolver(kb);
        this.descriptions = new DescriptionLinker(kb, forms, index, roles);
        this.cues = new CueNameFinder(kb, forms, index, roles);
        this.statistical = new StatisticalNames(forms, index, cues);
        this.institutions = new InstitutionFinder(kb, forms, index);
        this.agreements = new AgreementFinder(kb, forms);
        this.locatives = kb.words("locativePreposition");
        this.governmentNouns = kb.words("governmentNoun");
        this.conjunctions = kb.words("conjunction");
    }

    public Result link(List<Sentence> sentences, PartialDate articleDate) {
        return link(sentences, articleDate, List.of());
    }

    /** Links with the spans of a statistical name finder given per sentence ({@code names.get(s)}). */
    public Result link(List<Sentence> sentences, PartialDate articleDate, List<List<NameSpan>> names) {
        return link(sentences, articleDate, s -> s.index() < names.size() ? names.get(s.index()) : List.of());
    }

    /**
     * Links with a statistical name finder as a last source: it is asked only about the sentences that still hold
     * a proper noun no other pass covered, and a span it finds becomes an entity when it passes the rule of
     * {@link StatisticalNames}.
     */
    public Result link(List<Sentence> sentences, PartialDate articleDate,
                       java.util.function.Function<Sentence, List<NameSpan>> names) {
        ArticleLinking a = new ArticleLinking(sentences, articleDate);
        List<FamilyName> familyNames = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            linkNames(a, s, familyNames);
        }
        for (FamilyName f : familyNames) {
            acceptFamilyName(a, f);
        }
        institutions.link(a);
        agreements.link(a);
        for (int s = 0; s < sentences.size(); s++) {
            descriptions.link(a, s);
        }
        cues.link(a);
        statistical.link(a, names);
        knownParts(a);
        a.mentions.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::firstToken));
        return new Result(a.mentions, a.offices, a.parts, a.agreementStatus);
    }

    /** The institutions of the knowledge base the article mentions are part of their owner (Kreml -> Russland). */
    private void knownParts(ArticleLinking a) {
        Set<String> seen = new java.util.HashSet<>();
        for (Mention m : a.mentions) {
            if (m.entity().type() == EntityType.Organization && seen.add(m.entity().id())) {
                kb.partOf(m.entity().id()).filter(w -> w.type() == EntityType.Country
                                || w.type() == EntityType.Organization)
                        .ifPresent(w -> a.parts.add(new Part(m.entity(), w.entity())));
            }
        }
    }

    /** The longest run of dateline names: "Jerewan (Eriwan)/Stepanakert/Baku – Der armenische ...". */
    private static final int DATELINE_MAX_TOKENS = 10;

    /**
     * The index of the dash that ends a dateline at the start of the sentence ("Kiew – Der Präsident ...",
     * "Jerewan/Baku – ..."), or 0 when the sentence has none: the names before it are where the report was written,
     * places and not the states their capitals stand for.
     */
    static int datelineEnd(List<Token> tokens) {
        for (int j = 0; j < Math.min(tokens.size(), DATELINE_MAX_TOKENS + 1); j++) {
            String w = tokens.get(j).text();
            if (j > 0 && (w.equals("–") || w.equals("-") || w.equals("—"))) {
                return j;
            }
            boolean name = Character.isUpperCase(w.codePointAt(0)) && tokens.get(j).tag().equals("PROPN");
            if (!name && !namesAndSlashes(w)) {
                return 0;
            }
        }
        return 0;
    }

    /** "/", "(", ")/Stepanakert/Baku": separators, or names glued to them by the tokenizer. */
    private static boolean namesAndSlashes(String w) {
        for (String part : w.split("[/(),]", -1)) {
            if (!part.isEmpty() && !Character.isUpperCase(part.codePointAt(0))) {
                return false;
            }
        }
        return !w.isEmpty() && w.chars().anyMatch(c -> c == '/' || c == '(' || c == ')' || c == ',');
    }

    /** A family name seen in sentence {@code sentence}, judged once the whole article's names are known. */
    private record FamilyName(int sentence, LabelIndex.Match match) {
    }

    private void linkNames(ArticleLinking a, int s, List<FamilyName> familyNames) {
        List<Token> tokens = a.tokens(s);
        boolean chainIsPlace = false;
        int dateline = datelineEnd(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            LabelIndex.Match m = index.longestAt(tokens, i);
            if (m == null) {
                if (tokens.get(i).text().indexOf('-') > 0) {
                    linkCompound(a, s, i);
                }
                if (!conjunctions.contains(lower(tokens.get(i).text()))) {
                    chainIsPlace = false;
                }
                continue;
            }
            KbEntity e = m.entry().entity();
            switch (m.entry().kind()) {
                case FAMILY_NAME -> {
                    familyNames.add(new FamilyName(s, m));
                    i = m.last();
                    continue;
                }
                case ADJECTIVE -> {
                    int last = m.last();
                    if (last + 1 < tokens.size() && governmentNouns.contains(lower(tokens.get(last + 1).text()))) {
                        a.add(e.entity(), s, m.first(), last + 1, "adjective-actor");
                    } else {
                        a.add(e.entity(), s, m.first(), last, "adjective");
                    }
                }
                default -> {
                    // "die Regierung in Kiew", "den Machthabern in Moskau": the capital stands for its state
                    boolean afterLocative = i > 0 && locatives.contains(lower(tokens.get(i - 1).text()))
                            && !(i > 1 && lower(tokens.get(i - 1).text()).equals("in")
                                    && governmentNouns.contains(lower(tokens.get(i - 2).text())));
                    boolean afterConjunction = i > 0 && conjunctions.contains(lower(tokens.get(i - 1).text()));
                    boolean isPlace = afterLocative || afterConjunction && chainIsPlace || i < dateline;
                    chainIsPlace = isPlace;
                    linkName(a, s, m, e, isPlace);
                }
            }
            i = m.last();
        }
    }

    private void linkName(ArticleLinking a, int s, LabelIndex.Match m, KbEntity e, boolean isPlace) {
        if (e.type() == EntityType.Place && e.standsFor() != null && !isPlace) {
            var state = kb.entity(EntityType.Country, e.standsFor());
            if (state.isPresent()) {
                a.add(state.get().entity(), s, m.first(), m.last(), "capital");
                return;
            }
        }
        if (e.type() == EntityType.Person) {
            a.named.add(e.id());
        }
        a.add(e.entity(), s, m.first(), m.last(), "label");
    }

    /** A family name alone is the person when it is tagged a name, not sentence-initial, or the article names them. */
    private void acceptFamilyName(ArticleLinking a, FamilyName f) {
        LabelIndex.Match m = f.match();
        Token t = a.tokens(f.sentence()).get(m.first());
        KbEntity e = m.entry().entity();
        if (t.isProperNoun() || m.first() > 0 || a.named.contains(e.id())) {
            a.add(e.entity(), f.sentence(), m.first(), m.last(), "short-name");
        }
    }

    /** "Nato-Waffen", "Ukraine-Konflikt", "Moskau-Reise", "amerikanisch-russischen": the parts that are names. */
    private void linkCompound(ArticleLinking a, int s, int i) {
        String[] parts = a.tokens(s).get(i).text().split("-");
        for (int p = 0; p < parts.length; p++) {
            String part = parts[p];
            if (part.isEmpty()) {
                continue;
            }
            KbEntity e = index.single(part);
            if (e == null) {
                String stem = forms.withoutGenitive(part);
                e = stem == null ? null : index.single(stem);
            }
            if (e == null || e.type() == EntityType.Person) {
                continue;
            }
            a.add(e.entity(), s, i, i, "compound");
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
