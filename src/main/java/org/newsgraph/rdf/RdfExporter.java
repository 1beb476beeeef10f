package org.newsgraph.rdf;

import java.io.OutputStream;
import java.util.Objects;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFWriterBuilder;
import org.apache.jena.riot.RIOT;

/**
 * Writes the RDF of the graph in one of the {@link RdfFormat}s.
 *
 * <pre>{@code
 * Model data = new GraphToRdf(iris).read(db.graph());
 * new RdfExporter(iris).write(data, RdfFormat.TURTLE, System.out);
 * }</pre>
 *
 * Design decision: the quad formats (TriG, N-Quads) put all the data into one named graph, {@code <base>graph}.
 * One event or statement is merged from several articles, so graphs per article would split or repeat facts;
 * which article each fact comes from is said in the data itself ({@code prov:wasDerivedFrom}). Turtle and TriG are
 * written with {@code @prefix} directives, which every Turtle parser reads.
 */
public final class RdfExporter {

    private final IriScheme iris;

    public RdfExporter(IriScheme iris) {
        this.iris = Objects.requireNonNull(iris, "iris");
    }

    public void write(Model data, RdfFormat format, OutputStream out) {
        RDFWriterBuilder writer = RDFWriter.create().format(format.jena()).set(RIOT.symTurtleDirectiveStyle, "at");
        if (format.quads()) {
            Dataset dataset = DatasetFactory.create();
            dataset.getPrefixMapping().setNsPrefixes(data.getNsPrefixMap());
            dataset.addNamedModel(iris.graph(), data);
            writer.source(dataset.asDatasetGraph());
        } else {
            writer.source(data);
        }
        writer.output(out);
    }
}
