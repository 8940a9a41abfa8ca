package org.waymark.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A named set of permissions. The eight built-in roles are created by the schema migration. */
@Entity
@Table(name = "app_role")
@NamedQuery(name = Role.BY_CODE, query = "select r from Role r where r.code = :code")
public class Role {

    public static final String BY_CODE = "Role.byCode";

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

    protected Role() {
        // for JPA
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

    /** Built-in roles can be neither edited nor deleted. */
    public boolean isBuiltIn() {
        return builtIn;
    }
}
