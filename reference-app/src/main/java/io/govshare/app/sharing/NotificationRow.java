package io.govshare.app.sharing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message to one user about a piece of work: new to-do, decision, overdue reminder. */
@Entity
@Table(name = "notification")
public class NotificationRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "recipient", nullable = false, length = 64)
    private String recipient;
    @Column(name = "kind", nullable = false, length = 48)
    private String kind;
    @Column(name = "subject_type", nullable = false, length = 32)
    private String subjectType;
    @Column(name = "subject_id", nullable = false, length = 64)
    private String subjectId;
    @Column(name = "message", nullable = false, length = 1000)
    private String message;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;

    /** For JPA. */
    protected NotificationRow() {
    }

    NotificationRow(String recipient, String kind, String subjectType, String subjectId, String message,
                    Instant createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.message = message.length() > 1000 ? message.substring(0, 1000) : message;
        this.createdAt = createdAt;
    }

    void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String kind() {
        return kind;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public String message() {
        return message;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
