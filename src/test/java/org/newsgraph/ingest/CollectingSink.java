package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.BadInputException;

/** Collects what an {@link ArticleSource} streams, checking that progress never goes back. */
final class CollectingSink implements ArticleSink {

    final List<Article> articles = new ArrayList<>();
    final List<BadInputException> failures = new ArrayList<>();
    final List<Long> progress = new ArrayList<>();

    static CollectingSink read(Path... paths) {
        CollectingSink sink = new CollectingSink();
        ArticleSource.of(List.of(paths)).forEach(sink);
        return sink;
    }

    @Override
    public void article(Article article, long bytesDone) {
        articles.add(article);
        step(bytesDone);
    }

    @Override
    public void failed(BadInputException problem, long bytesDone) {
        failures.add(problem);
        step(bytesDone);
    }

    private void step(long bytesDone) {
        if (!progress.isEmpty()) {
            assertTrue(bytesDone >= progress.get(progress.size() - 1), "progress went back to " + bytesDone);
        }
        progress.add(bytesDone);
    }

    Article article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no article " + id + " among " + ids()));
    }

    List<String> ids() {
        return articles.stream().map(Article::id).toList();
    }

    BadInputException failure(String fileEnd) {
        return failures.stream().filter(f -> f.source().endsWith(fileEnd)).findFirst()
                .orElseThrow(() -> new AssertionError("no failure for " + fileEnd + " among " + failures));
    }
}
