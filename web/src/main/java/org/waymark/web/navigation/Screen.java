package org.waymark.web.navigation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.waymark.access.entity.Permission;

/**
 * The Editor's screens and the permission each needs: the one table that both the menu and
 * {@link ScreenGuard} read, so that a screen the menu hides also answers 403 when typed in.
 */
public enum Screen {

    HOME("/index.xhtml", null, true),
    USERS("/admin/users.xhtml", Permission.USER_VIEW, true),
    USER("/admin/user.xhtml", Permission.USER_VIEW, false),
    APPROVALS("/admin/approvals.xhtml", Permission.ASSIGNMENT_VIEW, true),
    ROLES("/admin/roles.xhtml", Permission.ROLE_VIEW, true),
    AUDIT("/audit/trail.xhtml", Permission.AUDIT_VIEW, true),
    SECURITY("/admin/security.xhtml", Permission.SECURITY_SETTINGS, true),
    ALERTS("/soc/alerts.xhtml", Permission.SOC_VIEW, true),
    EXTRACTORS("/soc/extractors.xhtml", Permission.RULE_CONFIGURE, true),
    /** System permissions open a screen for whoever holds them in some system; the screen shows only those systems. */
    SYSTEMS("/authoring/systems.xhtml", Permission.SYSTEM_VIEW, true),
    SYSTEM("/authoring/system.xhtml", Permission.SYSTEM_VIEW, false),
    CONTENT("/authoring/content.xhtml", Permission.CONTENT_VIEW, true),
    ITEM("/authoring/item.xhtml", Permission.CONTENT_VIEW, false),
    ELEMENTS("/authoring/elements.xhtml", Permission.CONTENT_VIEW, false),
    TRANSLATE("/authoring/translate.xhtml", Permission.CONTENT_TRANSLATE, false),
    EXCHANGE("/authoring/exchange.xhtml", Permission.CONTENT_VIEW, false),
    REVIEWS("/authoring/reviews.xhtml", Permission.CONTENT_REVIEW, true),
    ACCOUNT("/account/settings.xhtml", null, true);

    private final String path;
    private final Permission permission;
    private final boolean inMenu;

    Screen(String path, Permission permission, boolean inMenu) {
        this.path = path;
        this.permission = permission;
        this.inMenu = inMenu;
    }

    public static Optional<Screen> at(String path) {
        return Arrays.stream(values()).filter(screen -> screen.path.equals(path)).findFirst();
    }

    public String path() {
        return path;
    }

    /** Null: any signed-in user. */
    public Permission permission() {
        return permission;
    }

    public boolean inMenu() {
        return inMenu;
    }

    /** The id of its menu entry, also the message key of its label. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
