package org.newsgraph.extract.event;

import org.newsgraph.extract.EventKind;

/**
 * A word in a sentence that names an event.
 *
 * @param token index of the trigger token in its sentence
 * @param surface the trigger as written
 * @param kind its kind after modifiers ("per Telefonkonferenz beraten" is a conference call)
 * @param cameo the CAMEO code after modifiers
 * @param generic a word for any contact ("Gespräch") that may refer back to an event of another kind
 * @param verb a verb trigger
 * @param reference it only refers to a known event ("nach dem Gespräch", "Fragen der Verhandlungen")
 * @param definite it has a definite article or possessive ("das Gespräch", "ihren Videogipfel")
 * @param newEvent an adjective marks it as another event ("das nächste Treffen")
 * @param indefinite it has an indefinite article ("ein Treffen"): it introduces an event, never refers back
 * @param frame the argument frame its participants are read from (null for a sentence that only goes on about an
 *              event named before)
 * @param modified a modifier set its kind ("sprachen per Telefon"): a verb that needs a filled role or a modifier
 *                 has one
 */
record TriggerHit(int token, String surface, EventKind kind, String cameo, boolean generic, boolean verb,
                  boolean reference, boolean definite, boolean newEvent, boolean indefinite, EventFrame frame,
                  boolean modified) { }
