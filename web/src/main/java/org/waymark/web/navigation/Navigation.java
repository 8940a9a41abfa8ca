package org.waymark.web.navigation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.waymark.access.control.AccessControl;
import org.waymark.access.entity.Permission;

/** The menu: the screens the caller may open, asked of the same source of truth as the services. */
@Named
@RequestScoped
public class Navigation {

    @Inject
    AccessControl access;

    private List<Screen> menu;
    private Set<Permission> permissions;

    public List<Screen> getMenu() {
        if (menu == null) {
            menu = Arrays.stream(Screen.values())
                    .filter(Screen::inMenu)
                    .filter(screen -> screen.permission() == null || access.callerMayAnywhere(screen.permission()))
                    .toList();
        }
        return menu;
    }

    /** What the caller may do installation-wide; pages show or hide actions with it. */
    public Set<Permission> getPermissions() {
        if (permissions == null) {
            permissions = access.callerPermissions(null);
        }
        return permissions;
    }

    /** A role requires a second factor the user has not set up: every permission waits for it. */
    public boolean isMustEnrolSecondFactor() {
        return access.caller().map(access::mustEnrolSecondFactor).orElse(false);
    }

    public boolean may(String permission) {
        return getPermissions().contains(Permission.valueOf(permission));
    }
}
