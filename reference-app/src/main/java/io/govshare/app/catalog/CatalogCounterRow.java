package io.govshare.app.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The global catalog change counter (see V2__catalog.sql for why it exists). */
@Entity
@Table(name = "catalog_counter")
public class CatalogCounterRow {

    static final String CHANGE_SEQ = "change_seq";

    @Id
    @Column(name = "name")
    private String name;
    @Column(name = "counter_value")
    private long value;

    /** Reserves {@code count} consecutive numbers and returns the first. */
    long reserve(int count) {
        long first = value + 1;
        value += count;
        return first;
    }

    long value() {
        return value;
    }
}
