package org.waymark.authoring.entity;

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

/** A descriptor a page in capture mode sent, waiting in its author's inbox to be named and used. */
@Entity
@Table(name = "captured_element")
@NamedQuery(name = CapturedElement.INBOX, query = "select c from CapturedElement c where c.systemId = :system and c.username = :user"
        + " order by c.capturedAt desc, c.id desc")
public class CapturedElement {

    public static final String INBOX = "CapturedElement.inbox";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "captured_element_ids")
    @TableGenerator(name = "captured_element_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "captured_element", allocationSize = 20)
    private Long id;

    @Column(name = "system_id", nullable = false, updatable = false)
    private long systemId;

    @Column(nullable = false, updatable = false, length = 64)
    private String username;

    @Column(name = "captured_at", nullable = false, updatable = false)
    private Instant capturedAt;

    @Column(name = "page_url", nullable = false, updatable = false, length = 2_000)
    private String pageUrl;

    @Column(nullable = false, updatable = false, length = 1_000)
    private String selector;

    @Column(nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    private String descriptor;

    protected CapturedElement() {
        // for JPA
    }

    public CapturedElement(long systemId, String username, Instant capturedAt, String pageUrl, String selector, String descriptor) {
        this.systemId = systemId;
        this.username = Objects.requireNonNull(username, "username");
        this.capturedAt = Objects.requireNonNull(capturedAt, "capturedAt");
        this.pageUrl = Objects.requireNonNull(pageUrl, "pageUrl");
        this.selector = Objects.requireNonNull(selector, "selector");
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
    }

    public Long getId() {
        return id;
    }

    public long getSystemId() {
        return systemId;
    }

    public String getUsername() {
        return username;
    }

    public Instant getCapturedAt() {
        return capturedAt;
    }

    public String getPageUrl() {
        return pageUrl;
    }

    public String getSelector() {
        return selector;
    }

    public String getDescriptor() {
        return descriptor;
    }
}
