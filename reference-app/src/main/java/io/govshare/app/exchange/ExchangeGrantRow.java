package io.govshare.app.exchange;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** Which consumer department receives which resource, and which of its data items (a JSON array of names). */
@Entity
@Table(name = "exchange_grant")
public class ExchangeGrantRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consumer_department", nullable = false, length = 18)
    private String consumerDepartment;

    @Column(name = "resource_code", nullable = false, length = 64)
    private String resourceCode;

    @Lob
    @Column(name = "items", nullable = false)
    private String itemsJson;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** A paused grant still holds the right, but nothing is routed under it (its subscription is paused). */
    @Column(name = "paused", nullable = false)
    private boolean paused;

    /** For JPA. */
    protected ExchangeGrantRow() {
    }

    ExchangeGrantRow(String consumerDepartment, String resourceCode, String itemsJson, String createdBy,
                     Instant createdAt) {
        this.consumerDepartment = consumerDepartment;
        this.resourceCode = resourceCode;
        this.itemsJson = itemsJson;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void changeItems(String itemsJson) {
        this.itemsJson = itemsJson;
    }

    void pause(boolean paused) {
        this.paused = paused;
    }

    public boolean paused() {
        return paused;
    }

    public Long id() {
        return id;
    }

    public String consumerDepartment() {
        return consumerDepartment;
    }

    public String resourceCode() {
        return resourceCode;
    }

    public String itemsJson() {
        return itemsJson;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
