package org.newsgraph.extract.frame;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.newsgraph.extract.event.LexiconFile;

/**
 * The closed word classes the argument reader needs, read from {@code ontology/frames.ttl}: pronouns that stand
 * for the latest person or party, reciprocal adverbs, prepositions that name a source ("laut", "zufolge"), verbs of
 * saying whose subject is the speaker of a reported statement, reflexive pronouns, and the auxiliaries of a perfect
 * that the parser may label as a passive ("ist zusammengekommen"), the prepositions that introduce examples of a
 * noun ("Länder wie Russland"), whose entities the noun stands for, and the prepositions of a passive's agent
 * ("von", "by") where the parser labels it a plain oblique.
 */
public record FrameCues(Set<String> personPronouns, Set<String> groupPronouns, Set<String> possessivePerson,
                        Set<String> possessiveGroup, Set<String> reciprocals, Set<String> sourcePrepositions,
                        Set<String> speechVerbs, Set<String> reflexives, Set<String> auxiliaries,
                        Set<String> perfectAuxiliaries, Set<String> exemplifying, Set<String> agentPrepositions) {

    public FrameCues {
        personPronouns = Set.copyOf(personPronouns);
        groupPronouns = Set.copyOf(groupPronouns);
        possessivePerson = Set.copyOf(possessivePerson);
        possessiveGroup = Set.copyOf(possessiveGroup);
        reciprocals = Set.copyOf(reciprocals);
        sourcePrepositions = Set.copyOf(sourcePrepositions);
        speechVerbs = Set.copyOf(speechVerbs);
        reflexives = Set.copyOf(reflexives);
        auxiliaries = Set.copyOf(auxiliaries);
        perfectAuxiliaries = Set.copyOf(perfectAuxiliaries);
        exemplifying = Set.copyOf(exemplifying);
        agentPrepositions = Set.copyOf(agentPrepositions);
    }

    /** The cues packaged with newsgraph. */
    public static FrameCues load() {
        return read(LexiconFile.load("frames.ttl"));
    }

    /** The cues of {@code language}: {@code frames.ttl} plus the language's own file, if it has one. */
    public static FrameCues load(org.newsgraph.nlp.Language language) {
        return read(LexiconFile.load(language.lexiconFiles("frames")));
    }

    private static FrameCues read(LexiconFile file) {
        List<Resource> cues = file.instances("FrameCues");
        if (cues.size() != 1) {
            throw new IllegalStateException("expected one ng:FrameCues in frames.ttl, found " + cues.size());
        }
        Resource r = cues.get(0);
        return new FrameCues(words(file, r, "personPronoun"), words(file, r, "groupPronoun"),
                words(file, r, "possessivePerson"), words(file, r, "possessiveGroup"), words(file, r, "reciprocal"),
                words(file, r, "sourcePreposition"), words(file, r, "speechVerb"), words(file, r, "reflexive"),
                words(file, r, "auxiliary"), words(file, r, "perfectAuxiliary"), words(file, r, "exemplifying"),
                words(file, r, "agentPreposition"));
    }

    private static Set<String> words(LexiconFile file, Resource r, String property) {
        Set<String> out = new HashSet<>();
        for (String s : file.strings(r, property)) {
            out.add(s.toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
