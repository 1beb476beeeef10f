/**
 * Statistical name finding: {@link org.newsgraph.extract.names.NameFinder} tags person, organization and location
 * spans in the pipeline's sentences ({@link org.newsgraph.extract.names.CoreNlpNameFinder}: Stanford CoreNLP's CRF
 * models); the entity linker decides which of them become entities.
 */
package org.newsgraph.extract.names;
