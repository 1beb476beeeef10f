/**
 * Evaluation: scores the graph against hand-annotated gold facts (the format of {@code seed-gold.json}) with
 * precision, recall and F1 per category, listing what was missed and what was spurious.
 */
package org.newsgraph.eval;
