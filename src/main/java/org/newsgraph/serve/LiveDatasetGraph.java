package org.newsgraph.serve;

import java.util.function.Supplier;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * A read-only dataset that follows the graph: each transaction (one SPARQL request in Fuseki) runs on the dataset
 * the source returns when it begins, and keeps that one until it ends, even if the graph changes meanwhile.
 *
 * <p>Design decision: Fuseki is given one dataset for its whole life, so the swap happens underneath, per
 * transaction; every view is wrapped read-only, so a write transaction fails whatever endpoint asks for it.
 */
final class LiveDatasetGraph extends DatasetGraphWrapper {

    private final Supplier<DatasetGraph> source;
    private final ThreadLocal<DatasetGraph> pinned = new ThreadLocal<>();

    /** Asks {@code source} for nothing until the first request (building the RDF can take seconds). */
    LiveDatasetGraph(Supplier<DatasetGraph> source) {
        super(DatasetGraphFactory.empty());
        this.source = source;
    }

    @Override
    protected DatasetGraph get() {
        DatasetGraph inTransaction = pinned.get();
        return inTransaction != null ? inTransaction : new DatasetGraphReadOnly(source.get());
    }

    @Override
    public void begin(TxnType type) {
        DatasetGraph view = new DatasetGraphReadOnly(source.get());
        view.begin(type);
        pinned.set(view);
    }

    @Override
    public void begin(ReadWrite mode) {
        begin(TxnType.convert(mode));
    }

    @Override
    public void begin() {
        begin(TxnType.READ);
    }

    @Override
    public void end() {
        try {
            super.end();
        } finally {
            pinned.remove();
        }
    }
}
