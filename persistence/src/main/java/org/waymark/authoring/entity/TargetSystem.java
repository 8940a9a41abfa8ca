package org.waymark.authoring.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A target web application that content is authored for: a URL-safe key (in the snippet's path), a
 * name, the URL patterns of its pages and the environments its content is published to. The
 * service checks every value before it gets here.
 */
@Entity
@Table(name = "target_system")
@NamedQuery(name = TargetSystem.ALL, query = "select s from TargetSystem s order by s.name, s.key")
@NamedQuery(name = TargetSystem.BY_KEY, query = "select s from TargetSystem s where s.key = :key")
@NamedQuery(name = TargetSystem.ID_BY_KEY, query = "select s.id from TargetSystem s where s.key = :key")
public class TargetSystem {

    public static final String ALL = "TargetSystem.all";
    public static final String BY_KEY = "TargetSystem.byKey";
    public static final String ID_BY_KEY = "TargetSystem.idByKey";
    public static final int KEY_MAX = 40;
    public static final int NAME_MAX = 100;
    public static final int PATTERN_MAX = 500;
    public static final int ENVIRONMENT_MAX = 32;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "target_system_ids")
    @TableGenerator(name = "target_system_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "target_system", allocationSize = 1)
    private Long id;

    @Column(name = "system_key", nullable = false, length = KEY_MAX)
    private String key;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "system_url_pattern", joinColumns = @JoinColumn(name = "system_id"))
    @OrderColumn(name = "list_index")
    @Column(name = "pattern", nullable = false, length = PATTERN_MAX)
    private List<String> urlPatterns = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "system_environment", joinColumns = @JoinColumn(name = "system_id"))
    @OrderColumn(name = "list_index")
    @Column(name = "name", nullable = false, length = ENVIRONMENT_MAX)
    private List<String> environments = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected TargetSystem() {
        // for JPA
    }

    public TargetSystem(String key, String name, List<String> urlPatterns, List<String> environments, String createdBy, Instant createdAt) {
        this.key = Objects.requireNonNull(key, "key");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        define(name, urlPatterns, environments, createdAt);
    }

    /** The key stays: it is in every snippet pasted into the target application. */
    public void change(String name, List<String> urlPatterns, List<String> environments, Instant at) {
        define(name, urlPatterns, environments, at);
    }

    private void define(String name, List<String> urlPatterns, List<String> environments, Instant at) {
        this.name = Objects.requireNonNull(name, "name");
        this.urlPatterns.clear();
        this.urlPatterns.addAll(urlPatterns);
        this.environments.clear();
        this.environments.addAll(environments);
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public List<String> getUrlPatterns() {
        return List.copyOf(urlPatterns);
    }

    public List<String> getEnvironments() {
        return List.copyOf(environments);
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
