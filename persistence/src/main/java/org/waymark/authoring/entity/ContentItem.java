package org.waymark.authoring.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One authored item of a system. Its definition lives in its revisions ({@link ContentRevision});
 * this row repeats what the content list filters, searches and sorts by, and where the item stands
 * in review. The service checks every value before it gets here.
 */
@Entity
@Table(name = "content_item")
public class ContentItem {

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 2_000;
    public static final int TAG_MAX = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "content_item_ids")
    @TableGenerator(name = "content_item_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "content_item", allocationSize = 20)
    private Long id;

    @Column(name = "system_id", nullable = false, updatable = false)
    private long systemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, updatable = false, length = 16)
    private ItemType type;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "content_item_tag", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "tag", nullable = false, length = TAG_MAX)
    private Set<String> tags = new TreeSet<>();

    @Column(nullable = false, length = 64)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ItemState state;

    @Column(name = "latest_revision", nullable = false)
    private int latestRevision;

    @Column(name = "approved_revision")
    private Integer approvedRevision;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Version
    private long version;

    protected ContentItem() {
        // for JPA
    }

    /** A new item, as a draft whose first revision the caller writes. */
    public ContentItem(long systemId, ItemType type, String name, String description, List<String> tags, String owner, Instant at) {
        this.systemId = systemId;
        this.type = Objects.requireNonNull(type, "type");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.createdAt = Objects.requireNonNull(at, "at");
        this.state = ItemState.DRAFT;
        this.latestRevision = 1;
        describe(name, description, tags);
        touched(owner, at);
    }

    /** A new latest revision: a draft again, whatever was approved stays approved. */
    public void revised(String name, String description, List<String> tags, String by, Instant at) {
        describe(name, description, tags);
        this.latestRevision++;
        this.state = ItemState.DRAFT;
        touched(by, at);
    }

    public void submitted(String by, Instant at) {
        this.state = ItemState.IN_REVIEW;
        touched(by, at);
    }

    public void approved(String by, Instant at) {
        this.state = ItemState.APPROVED;
        this.approvedRevision = latestRevision;
        touched(by, at);
    }

    public void rejected(String by, Instant at) {
        this.state = ItemState.DRAFT;
        touched(by, at);
    }

    public void handOver(String newOwner) {
        this.owner = Objects.requireNonNull(newOwner, "newOwner");
    }

    private void describe(String name, String description, List<String> tags) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.tags.clear();
        this.tags.addAll(tags);
    }

    private void touched(String by, Instant at) {
        this.updatedBy = Objects.requireNonNull(by, "by");
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public long getSystemId() {
        return systemId;
    }

    public ItemType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Set<String> getTags() {
        return Set.copyOf(tags);
    }

    public String getOwner() {
        return owner;
    }

    public ItemState getState() {
        return state;
    }

    public int getLatestRevision() {
        return latestRevision;
    }

    /** @return null while no revision was approved */
    public Integer getApprovedRevision() {
        return approvedRevision;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
