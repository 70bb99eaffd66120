package io.govshare.opendata.dcat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes an open catalog as DCAT-AP 3.0.0 in Turtle, RDF/XML or JSON-LD, without an RDF library.
 * <p>
 * The datasets are written as the iterable yields them, so a catalog of any size streams from a database cursor
 * to the response without being held in memory (see {@link DcatGraph} for what is remembered). The three syntaxes
 * give the same graph. It conforms to the DCAT-AP 3.0.0 SHACL shapes (shapes, ranges, recommendations, deprecated
 * terms, controlled vocabularies) without a validator having to load the vocabularies first: the output types
 * every value with the class the shapes expect and describes the authority concepts it uses.
 * <p>
 * If a dataset is refused (an IRI used twice, a theme code with two labels), the exception comes after the
 * datasets before it were written: the output is incomplete and must be discarded.
 */
public final class DcatWriter {

    private DcatWriter() {
    }

    /**
     * Writes to {@code out} and flushes it, without closing it. The characters are meant to be encoded as UTF-8,
     * which the RDF/XML declaration states.
     *
     * @throws IllegalArgumentException if two resources have the same IRI, or two datasets give one theme code
     *                                  different labels
     */
    public static void write(OpenCatalog catalog, Iterable<OpenDataset> datasets, RdfFormat format, Writer out)
            throws IOException {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(datasets, "datasets");
        RdfSerializer serializer = Objects.requireNonNull(format, "format").serializer(Objects.requireNonNull(out,
                "out"));
        DcatGraph graph = new DcatGraph(catalog, serializer);
        serializer.begin();
        graph.writeCatalog();
        for (OpenDataset dataset : datasets) {
            graph.writeDataset(Objects.requireNonNull(dataset, "datasets must not contain null"));
        }
        serializer.end();
    }

    /** Writes UTF-8 to {@code out} and flushes it, without closing it. */
    public static void write(OpenCatalog catalog, Iterable<OpenDataset> datasets, RdfFormat format, OutputStream out)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out"),
                StandardCharsets.UTF_8));
        write(catalog, datasets, format, writer);
        writer.flush();
    }
}
