/**
 * The knowledge base: entities with their names and aliases, offices with their time spans, cue words and the
 * linking lexicon, read from the Turtle data in {@code ontology/}. Nothing about the world is written in Java;
 * this package only reads it.
 */
package org.newsgraph.kb;
