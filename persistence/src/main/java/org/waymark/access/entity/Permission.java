package org.waymark.access.entity;

/**
 * The catalogue: one permission per protected action. Roles are sets of these; every service
 * entry point names the one it needs, and every screen of the Editor names the one that opens it.
 * The names are stored in the database: rename one only together with a migration.
 */
public enum Permission {

    USER_VIEW(Scope.INSTALLATION),
    USER_CREATE(Scope.INSTALLATION),
    USER_EDIT(Scope.INSTALLATION),
    /** Disable and re-enable accounts. */
    USER_DISABLE(Scope.INSTALLATION),
    USER_UNLOCK(Scope.INSTALLATION),
    ROLE_VIEW(Scope.INSTALLATION),
    /** Define, change and delete custom roles. */
    ROLE_MANAGE(Scope.INSTALLATION),
    ASSIGNMENT_VIEW(Scope.INSTALLATION),
    /** Request a role for someone: for one system, a holder scoped to that system may. */
    ASSIGNMENT_REQUEST(Scope.SYSTEM),
    /** Approve and reject requests (never one's own). */
    ASSIGNMENT_APPROVE(Scope.INSTALLATION),
    ASSIGNMENT_REVOKE(Scope.INSTALLATION),
    /** See and revoke other users' API keys. */
    API_KEY_MANAGE_ALL(Scope.INSTALLATION),
    SECURITY_SETTINGS(Scope.INSTALLATION),
    AUDIT_VIEW(Scope.INSTALLATION),
    AUDIT_VERIFY(Scope.INSTALLATION),
    AUDIT_EXPORT(Scope.INSTALLATION),
    SOC_VIEW(Scope.INSTALLATION),
    ALERT_TRIAGE(Scope.INSTALLATION),
    RULE_CONFIGURE(Scope.INSTALLATION),
    SYSTEM_CREATE(Scope.INSTALLATION),
    SYSTEM_VIEW(Scope.SYSTEM),
    SYSTEM_CONFIGURE(Scope.SYSTEM),
    CONTENT_VIEW(Scope.SYSTEM),
    CONTENT_EDIT(Scope.SYSTEM),
    CONTENT_SUBMIT(Scope.SYSTEM),
    /** Approve or send back what was submitted for review. */
    CONTENT_REVIEW(Scope.SYSTEM),
    CONTENT_TRANSLATE(Scope.SYSTEM),
    PUBLISH_TEST(Scope.SYSTEM),
    PUBLISH_PRODUCTION(Scope.SYSTEM),
    PUBLISH_ROLLBACK(Scope.SYSTEM),
    ANALYTICS_VIEW(Scope.SYSTEM),
    ANALYTICS_EXPORT(Scope.SYSTEM);

    /** Where a permission applies, which decides which assignments can grant it. */
    public enum Scope {
        /** The whole installation: granted only by global assignments. */
        INSTALLATION,
        /** One system at a time: granted by global assignments and by assignments scoped to it. */
        SYSTEM
    }

    private final Scope scope;

    Permission(Scope scope) {
        this.scope = scope;
    }

    public boolean isSystemScoped() {
        return scope == Scope.SYSTEM;
    }
}
