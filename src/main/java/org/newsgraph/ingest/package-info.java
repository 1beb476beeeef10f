/**
 * Reading news articles: {@link org.newsgraph.ingest.ArticleSource} finds {@code .txt}, {@code .md},
 * {@code .html}/{@code .htm} and {@code .jsonl} inputs and streams each as an {@link org.newsgraph.ingest.Article}
 * or a {@link org.newsgraph.BadInputException}; one {@link org.newsgraph.ingest.ArticleReader} per format decodes the
 * bytes strictly, {@link org.newsgraph.ingest.BodyCleaner} keeps the article body and drops page furniture listed as
 * data in {@code boilerplate.txt}, and {@link org.newsgraph.ingest.MetadataExtractor} finds title, source,
 * publication date and language.
 */
package org.newsgraph.ingest;
