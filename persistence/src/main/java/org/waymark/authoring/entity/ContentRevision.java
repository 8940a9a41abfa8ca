package org.waymark.authoring.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Objects;

/**
 * One saved state of an item: its whole definition as the JSON document the REST API reads and
 * writes, who wrote it and why, and the review it went through. The document never changes.
 */
@Entity
@Table(name = "content_revision")
@NamedQuery(name = ContentRevision.OF_ITEM, query = "select r from ContentRevision r where r.itemId = :item order by r.number desc")
@NamedQuery(name = ContentRevision.BY_NUMBER, query = "select r from ContentRevision r where r.itemId = :item and r.number = :number")
@NamedQuery(name = ContentRevision.LATEST_OF_SYSTEM, query = "select r from ContentRevision r, ContentItem i where r.itemId = i.id"
        + " and i.systemId = :system and r.number = i.latestRevision order by i.id")
public class ContentRevision {

    public static final String OF_ITEM = "ContentRevision.ofItem";
    /** Each item's latest revision, for exports. */
    public static final String LATEST_OF_SYSTEM = "ContentRevision.latestOfSystem";
    public static final String BY_NUMBER = "ContentRevision.byNumber";
    public static final int NOTE_MAX = 200;
    public static final int COMMENT_MAX = 2_000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "content_revision_ids")
    @TableGenerator(name = "content_revision_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "content_revision", allocationSize = 20)
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    private String document;

    @Column(nullable = false, updatable = false, length = 64)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** What made this revision: created, saved, translated, restored. */
    @Column(nullable = false, updatable = false, length = NOTE_MAX)
    private String note;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ReviewDecision decision;

    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_comment", length = COMMENT_MAX)
    private String reviewComment;

    protected ContentRevision() {
        // for JPA
    }

    public ContentRevision(long itemId, int number, String document, String author, Instant createdAt, String note) {
        this.itemId = itemId;
        this.number = number;
        this.document = Objects.requireNonNull(document, "document");
        this.author = Objects.requireNonNull(author, "author");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.note = Objects.requireNonNull(note, "note");
    }

    public void submitted(String by, Instant at) {
        this.submittedBy = Objects.requireNonNull(by, "by");
        this.submittedAt = Objects.requireNonNull(at, "at");
    }

    /** @param comment null when approved without one */
    public void reviewed(ReviewDecision decision, String by, Instant at, String comment) {
        this.decision = Objects.requireNonNull(decision, "decision");
        this.reviewedBy = Objects.requireNonNull(by, "by");
        this.reviewedAt = Objects.requireNonNull(at, "at");
        this.reviewComment = comment;
    }

    public Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public int getNumber() {
        return number;
    }

    public String getDocument() {
        return document;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getNote() {
        return note;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public ReviewDecision getDecision() {
        return decision;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewComment() {
        return reviewComment;
    }
}
