package org.newsgraph.graph;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.newsgraph.BadInputException;
import org.newsgraph.NewsgraphException;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.nlp.StageClock;

/**
 * Ingests a source of articles into a graph store: reading on one thread, extraction on {@code threads} workers
 * (each with its own extractor), writing on the calling thread in input order, in transactions of whole articles:
 * a batch holds up to 64 items of the input, at least 16 unless the input ends (unchanged and failed items count), and
 * a batch that fails is retried one article per transaction.
 *
 * <p>Design decision: writes stay on one thread and in input order (the queue of pending extractions is the reorder
 * buffer: the writer takes them in the order they were read, whichever worker finishes first), and the writers merge
 * a batch as they would merge its articles one by one ({@link EventWriter}, {@link StatementWriter}), so the graph
 * depends neither on the threads nor on where batches happen to end, nor on an interrupted run: after a kill, the
 * store holds a prefix of the input and a second run writes the rest.
 */
public final class Ingestion {

    /** Hears about progress and problems while an ingestion runs. */
    public interface Listener {
        /** A batch is committed: the input up to {@code bytesDone} of {@code totalBytes} is in the graph. */
        void progress(long bytesDone, long totalBytes, String current);

        void failed(NewsgraphException problem);

        /**
         * {@code bytes} more of the input are through extraction (or need none: unchanged or bad input), ahead of
         * their commit. Called on the reader and the extraction threads.
         */
        default void extracted(long bytes) {
        }
    }

    /** What an ingestion did. */
    public record Summary(int read, int created, int replaced, int unchanged, int failed, long nodesCreated,
                          long relationshipsCreated, long tokens, Duration elapsed, StageClock stages) {
    }

    /** An extractor that also reports the tokens it processed and times its stages. */
    public interface TimedExtractor extends FactExtractor {
        StageClock clock();
    }

    private static final Object END = new Object();
    /** The most articles committed in one transaction. */
    private static final int MAX_BATCH = 64;
    /**
     * The fewest articles the writer waits for before it commits, unless the input ends first. A commit costs a few
     * milliseconds whatever it holds; committing each article as soon as it is extracted made the writer spend most
     * of its time committing.
     */
    private static final int MIN_BATCH = 16;

    private final GraphStore store;
    private final Supplier<? extends TimedExtractor> extractors;
    private final int threads;

    public Ingestion(GraphStore store, Supplier<? extends TimedExtractor> extractors, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.store = store;
        this.extractors = extractors;
        this.threads = threads;
    }

    public Summary run(ArticleSource source, Listener listener) {
        long start = System.nanoTime();
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(64);
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-extract");
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<TimedExtractor> local = ThreadLocal.withInitial(extractors);
        java.util.List<TimedExtractor> all = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Thread reader = new Thread(() -> read(source, queue, workers, local, all, listener), "newsgraph-read");
        reader.setDaemon(true);
        reader.start();
        Counter c = new Counter();
        StageClock writeClock = new StageClock();
        try {
            boolean end = false;
            while (!end) {
                java.util.List<Pending> batch = new java.util.ArrayList<>();
                Object item = take(queue);
                while (true) {
                    if (item == END) {
                        end = true;
                        break;
                    }
                    batch.add((Pending) item);
                    if (batch.size() >= MAX_BATCH) {
                        break;
                    }
                    Object next = queue.peek();
                    boolean ready = next == END || next != null && ((Pending) next).isDone();
                    if (!ready && batch.size() >= MIN_BATCH) {
                        break;
                    }
                    item = take(queue);
                }
                if (!batch.isEmpty()) {
                    handle(batch, c, writeClock, listener, source.totalBytes());
                }
            }
        } finally {
            workers.shutdownNow();
        }
        StageClock stages = new StageClock();
        synchronized (all) {
            all.forEach(x -> stages.addAll(x.clock()));
        }
        stages.addAll(writeClock);
        return new Summary(c.read, c.created, c.replaced, c.unchanged, c.failed, c.nodes, c.rels,
                stages.tokens(StageClock.TOKENS), Duration.ofNanos(System.nanoTime() - start), stages);
    }

    /** One queued item: a future article's facts, or a bad input, with the bytes read so far. */
    private record Pending(Future<ArticleFacts> facts, String path, BadInputException bad, long bytesDone,
                           boolean unchanged) {
        boolean isDone() {
            return facts == null || facts.isDone();
        }
    }

    private void read(ArticleSource source, BlockingQueue<Object> queue, ExecutorService workers,
                      ThreadLocal<TimedExtractor> local, java.util.List<TimedExtractor> all, Listener listener) {
        try {
            source.forEach(new ArticleSink() {
                private long previous;

                @Override
                public void article(Article article, long bytesDone) {
                    long bytes = bytes(bytesDone);
                    if (store.isStored(article.id(), article.sha256())) {
                        // Already in the graph as it is: nothing to extract or write.
                        put(queue, new Pending(null, article.path(), null, bytesDone, true));
                        listener.extracted(bytes);
                        return;
                    }
                    Future<ArticleFacts> f = workers.submit(() -> {
                        TimedExtractor x = local.get();
                        if (!all.contains(x)) {
                            all.add(x);
                        }
                        try {
                            return x.extract(article);
                        } finally {
                            listener.extracted(bytes);
                        }
                    });
                    put(queue, new Pending(f, article.path(), null, bytesDone, false));
                }

                @Override
                public void failed(BadInputException problem, long bytesDone) {
                    put(queue, new Pending(null, problem.source(), problem, bytesDone, false));
                    listener.extracted(bytes(bytesDone));
                }

                /** The bytes of the input item that ends at {@code bytesDone}. */
                private long bytes(long bytesDone) {
                    long bytes = bytesDone - previous;
                    previous = bytesDone;
                    return bytes;
                }
            });
        } finally {
            put(queue, END);
        }
    }

    /** Writes the articles of a batch that were extracted in one transaction; reports the bad ones. */
    private void handle(java.util.List<Pending> batch, Counter c, StageClock writeClock, Listener listener,
                        long total) {
        java.util.List<ArticleFacts> good = new java.util.ArrayList<>();
        for (Pending p : batch) {
            if (p.unchanged()) {
                c.read++;
                c.unchanged++;
                continue;
            }
            if (p.bad() != null) {
                c.failed++;
                listener.failed(p.bad());
                continue;
            }
            try {
                good.add(p.facts().get());
            } catch (ExecutionException e) {
                c.failed++;
                Throwable cause = e.getCause();
                listener.failed(cause instanceof NewsgraphException ne ? ne
                        : new BadInputException(p.path(), 0, "could not be processed: " + cause, cause));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NewsgraphException("ingestion was interrupted", e);
            }
        }
        if (!good.isEmpty()) {
            long t0 = System.nanoTime();
            GraphStore.BatchResult r = store.writeAll(good);
            writeClock.add("write", System.nanoTime() - t0, 0);
            for (GraphStore.Outcome outcome : r.outcomes()) {
                c.read++;
                switch (outcome) {
                    case CREATED -> c.created++;
                    case REPLACED -> c.replaced++;
                    case UNCHANGED -> c.unchanged++;
                }
            }
            c.nodes += r.counts().nodesCreated();
            c.rels += r.counts().relationshipsCreated();
        }
        Pending last = batch.get(batch.size() - 1);
        listener.progress(last.bytesDone(), total, last.path());
    }

    private static Object take(BlockingQueue<Object> q) {
        try {
            return q.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsgraphException("ingestion was interrupted", e);
        }
    }

    private static void put(BlockingQueue<Object> q, Object item) {
        try {
            q.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Counter {
        int read;
        int created;
        int replaced;
        int unchanged;
        int failed;
        long nodes;
        long rels;
    }
}
