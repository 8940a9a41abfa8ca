package org.waymark.identity.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.waymark.access.entity.Permission;

/**
 * A named set of permissions. The eight built-in roles are created by the schema migration and
 * cannot be changed; administrators define custom roles from the same catalogue.
 */
@Entity
@Table(name = "app_role")
@NamedQuery(name = Role.BY_CODE, query = "select r from Role r where r.code = :code")
@NamedQuery(name = Role.ALL, query = "select distinct r from Role r left join fetch r.permissions order by r.builtIn desc, r.id")
public class Role {

    public static final String BY_CODE = "Role.byCode";
    public static final String ALL = "Role.all";

    /** The code of the built-in role that may do everything. */
    public static final String ADMINISTRATOR = "ADMINISTRATOR";

    public static final int CODE_MAX = 32;
    public static final int NAME_MAX = 64;
    public static final int DESCRIPTION_MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "app_role_ids")
    @TableGenerator(name = "app_role_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "app_role", allocationSize = 1)
    private Long id;

    @NotBlank
    @Size(max = CODE_MAX)
    @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "{role.code.pattern}")
    @Column(nullable = false, unique = true, length = CODE_MAX)
    private String code;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotBlank
    @Size(max = DESCRIPTION_MAX)
    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "built_in", nullable = false)
    private boolean builtIn;

    @Enumerated(EnumType.STRING)
    @Column(name = "second_factor", nullable = false, length = 24)
    private SecondFactorPolicy secondFactor = SecondFactorPolicy.OPTIONAL;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "role_permission", joinColumns = @JoinColumn(name = "role_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "permission", nullable = false, length = 48)
    private Set<Permission> permissions = new HashSet<>();

    protected Role() {
        // for JPA
    }

    /** A custom role. */
    public Role(String code, String name, String description, Set<Permission> permissions) {
        this.code = Objects.requireNonNull(code, "code");
        this.builtIn = false;
        define(name, description, permissions);
    }

    /** Changes a custom role; built-in roles are fixed. */
    public void change(String name, String description, Set<Permission> permissions) {
        if (builtIn) {
            throw new IllegalStateException("built-in role " + code + " cannot be changed");
        }
        define(name, description, permissions);
    }

    private void define(String name, String description, Set<Permission> permissions) {
        if (permissions.isEmpty()) {
            throw new IllegalArgumentException("a role needs at least one permission");
        }
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.permissions.clear();
        this.permissions.addAll(permissions);
    }

    /** What an assignment of this role grants: globally all, within one system only the system permissions. */
    public Set<Permission> grantedPermissions(boolean global) {
        EnumSet<Permission> granted = EnumSet.noneOf(Permission.class);
        permissions.stream().filter(permission -> global || permission.isSystemScoped()).forEach(granted::add);
        return granted;
    }

    /**
     * Whether a System Manager may request this role for its systems: a role "below its own"
     * grants nothing installation-wide and cannot configure systems itself.
     */
    public boolean isDelegableBySystemManager() {
        return permissions.stream().allMatch(Permission::isSystemScoped)
                && !permissions.contains(Permission.SYSTEM_CONFIGURE);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Set<Permission> getPermissions() {
        return Collections.unmodifiableSet(permissions);
    }

    public SecondFactorPolicy getSecondFactor() {
        return secondFactor;
    }

    /** A security setting, not a change of what the role may do: built-in roles take it too. */
    public void setSecondFactor(SecondFactorPolicy secondFactor) {
        this.secondFactor = Objects.requireNonNull(secondFactor, "secondFactor");
    }

    /** Built-in roles can be neither edited nor deleted. */
    public boolean isBuiltIn() {
        return builtIn;
    }
}
