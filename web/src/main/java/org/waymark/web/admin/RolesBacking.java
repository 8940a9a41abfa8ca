package org.waymark.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import org.waymark.access.boundary.Roles;
import org.waymark.access.entity.Permission;
import org.waymark.identity.entity.Role;
import org.waymark.web.faces.Flash;

/** admin/roles.xhtml: the catalogue of roles with their permissions, and custom roles. */
@Named
@RequestScoped
public class RolesBacking {

    @Inject
    Roles roles;

    @Inject
    Flash flash;

    private List<Role> list;
    private String code;
    private String name;
    private String description;
    private List<Permission> permissions;

    public List<Role> getList() {
        if (list == null) {
            list = roles.list();
        }
        return list;
    }

    public List<Permission> sorted(Role role) {
        return role.getPermissions().stream().sorted().toList();
    }

    public Permission[] getCatalogue() {
        return Permission.values();
    }

    public String create() {
        Role role = roles.create(code, name, description, permissions == null || permissions.isEmpty() ? EnumSet.noneOf(Permission.class)
                : EnumSet.copyOf(permissions));
        return flash.redirect("admin.roles.created", role.getName());
    }

    public String delete(String roleCode) {
        roles.delete(roleCode);
        return flash.redirect("admin.roles.deleted", roleCode);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<Permission> getPermissions() {
        return permissions;
    }

    public void setPermissions(List<Permission> permissions) {
        this.permissions = permissions;
    }
}
