package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds who convened a multi-party event, so that who-met-whom pairs the convener with each other participant
 * instead of pairing everyone: "Biden hielt eine Telefonkonferenz mit Merkel, Macron und Johnson ab" (the others come
 * after "mit"), "Biden und die Staats- und Regierungschefs von Deutschland und Frankreich berieten" (the others come
 * from a group description). "Merkel, Macron und Johnson trafen sich" has no convener: all met all.
 *
 * <pre>{@code
 * Event e = new ConvenerFinder(lexicon).withConvener(event, analysis);
 * }</pre>
 */
public final class ConvenerFinder {

    private final EventLexicon lexicon;

    public ConvenerFinder(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The event with its convener set when its sentences show one; the event itself otherwise. */
    public Event withConvener(Event e, ArticleAnalysis a) {
        List<Entity> persons = e.participants().stream().filter(x -> x.type() == EntityType.Person).toList();
        if (persons.size() < 3 || e.convener() != null) {
            return e;
        }
        for (int s = 0; s < a.sentences().size(); s++) {
            Sentence sentence = a.sentences().get(s);
            if (!e.evidence().contains(sentence.text())) {
                continue;
            }
            Entity convener = convener(a, s, persons);
            if (convener != null) {
                return e.withConvener(convener);
            }
        }
        return e;
    }

    private Entity convener(ArticleAnalysis a, int s, List<Entity> persons) {
        List<Mention> named = new ArrayList<>();
        for (Mention m : a.mentions()) {
            if (m.sentence() == s && persons.contains(m.entity())) {
                named.add(m);
            }
        }
        Set<Entity> distinct = new LinkedHashSet<>();
        named.forEach(m -> distinct.add(m.entity()));
        if (distinct.size() == 1) {
            // One named, the others from a group description ("die Staats- und Regierungschefs von ...").
            return distinct.iterator().next();
        }
        if (named.isEmpty()) {
            return null;
        }
        Mention first = named.get(0);
        List<Token> tokens = a.sentences().get(s).tokens();
        for (int k = first.lastToken() + 1; k < tokens.size(); k++) {
            if (lexicon.isCue("convenerPreposition", tokens.get(k))) {
                int after = k;
                Set<Entity> others = new LinkedHashSet<>();
                named.stream().filter(m -> m.firstToken() > after && !m.entity().equals(first.entity()))
                        .forEach(m -> others.add(m.entity()));
                return others.size() >= 2 && others.size() == distinct.size() - 1 ? first.entity() : null;
            }
        }
        return null;
    }
}
