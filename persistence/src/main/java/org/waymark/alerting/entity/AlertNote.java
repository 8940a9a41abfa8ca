package org.waymark.alerting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Objects;

/** What an analyst wrote on an alert while triaging it; notes are never changed. */
@Entity
@Table(name = "alert_note")
@NamedQuery(name = AlertNote.OF_ALERT, query = "select n from AlertNote n where n.alertId = :alert order by n.id")
public class AlertNote {

    public static final String OF_ALERT = "AlertNote.ofAlert";
    public static final int TEXT_MAX = 4_000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "alert_note_ids")
    @TableGenerator(name = "alert_note_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "alert_note", allocationSize = 1)
    private Long id;

    @Column(name = "alert_id", nullable = false)
    private long alertId;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    protected AlertNote() {
        // for JPA
    }

    public AlertNote(long alertId, String author, Instant writtenAt, String text) {
        this.alertId = alertId;
        this.author = Objects.requireNonNull(author, "author");
        this.writtenAt = Objects.requireNonNull(writtenAt, "writtenAt");
        this.text = Objects.requireNonNull(text, "text");
    }

    public Long getId() {
        return id;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getText() {
        return text;
    }
}
