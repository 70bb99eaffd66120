package io.govshare.opendata.dcat;

import java.io.IOException;

/** Writes descriptions in one RDF syntax as they come: a header, any number of descriptions, a footer. */
interface RdfSerializer {

    void begin() throws IOException;

    void write(Description description) throws IOException;

    /** Completes the document and flushes; does not close the underlying writer. */
    void end() throws IOException;
}
