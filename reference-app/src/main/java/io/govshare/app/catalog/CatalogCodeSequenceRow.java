package io.govshare.app.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last 顺序码 handed out under one classification code. */
@Entity
@Table(name = "catalog_code_sequence")
public class CatalogCodeSequenceRow {

    @Id
    @Column(name = "classification_code")
    private String classificationCode;
    @Column(name = "last_value")
    private long lastValue;

    protected CatalogCodeSequenceRow() {
        // for JPA
    }

    CatalogCodeSequenceRow(String classificationCode) {
        this.classificationCode = classificationCode;
    }

    long next() {
        lastValue++;
        return lastValue;
    }

    /** Never goes down, so a code once used is never handed out again. */
    void raiseTo(long used) {
        lastValue = Math.max(lastValue, used);
    }
}
