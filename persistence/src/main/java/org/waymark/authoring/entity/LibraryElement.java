package org.waymark.authoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A named element of a system's pages, reused by any number of steps, tips and launchers. The
 * descriptor (JSON) holds everything that identifies the element robustly; the selector is its main one.
 */
@Entity
@Table(name = "library_element")
@NamedQuery(name = LibraryElement.OF_SYSTEM, query = "select e from LibraryElement e where e.systemId = :system order by e.name")
@NamedQuery(name = LibraryElement.BY_NAME, query = "select e from LibraryElement e where e.systemId = :system and e.name = :name")
public class LibraryElement {

    public static final String OF_SYSTEM = "LibraryElement.ofSystem";
    public static final String BY_NAME = "LibraryElement.byName";
    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "library_element_ids")
    @TableGenerator(name = "library_element_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "library_element", allocationSize = 20)
    private Long id;

    @Column(name = "system_id", nullable = false, updatable = false)
    private long systemId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = 1_000)
    private String selector;

    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String descriptor;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected LibraryElement() {
        // for JPA
    }

    public LibraryElement(long systemId, String name, String selector, String descriptor, String createdBy, Instant at) {
        this.systemId = systemId;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(at, "at");
        define(name, selector, descriptor, at);
    }

    public void change(String name, String selector, String descriptor, Instant at) {
        define(name, selector, descriptor, at);
    }

    private void define(String name, String selector, String descriptor, Instant at) {
        this.name = Objects.requireNonNull(name, "name");
        this.selector = Objects.requireNonNull(selector, "selector");
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public long getSystemId() {
        return systemId;
    }

    public String getName() {
        return name;
    }

    public String getSelector() {
        return selector;
    }

    public String getDescriptor() {
        return descriptor;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
