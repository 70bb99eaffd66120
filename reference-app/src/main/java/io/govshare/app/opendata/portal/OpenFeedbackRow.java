package io.govshare.app.opendata.portal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A rating (1–5) with an optional comment on an open dataset, by a signed-in user. */
@Entity
@Table(name = "open_feedback")
public class OpenFeedbackRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "resource_code", nullable = false, length = 64)
    private String resourceCode;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "rating", nullable = false)
    private int rating;

    @Column(name = "comment_text", length = 2000)
    private String comment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** For JPA. */
    protected OpenFeedbackRow() {
    }

    OpenFeedbackRow(String resourceCode, String username, int rating, String comment, Instant createdAt) {
        this.resourceCode = resourceCode;
        this.username = username;
        this.rating = rating;
        this.comment = comment;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String resourceCode() {
        return resourceCode;
    }

    public String username() {
        return username;
    }

    public int rating() {
        return rating;
    }

    public String comment() {
        return comment;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
