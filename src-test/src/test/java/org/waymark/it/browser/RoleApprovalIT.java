package org.waymark.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.waymark.it.support.Api;

/** Roles in the Editor: what a role opens, and four eyes on granting one, in a real browser. */
class RoleApprovalIT extends BrowserTest {

    private static final String PASSWORD = "browser-user-password-42";

    @Test
    void aContentCreatorCannotOpenTheUsersScreenEvenByItsAddress() {
        String creator = unique("carla");
        Api.admin(base).createUser(creator, PASSWORD);
        Api.grant(base, creator, "CONTENT_CREATOR");

        EditorPage editor = signIn(creator, PASSWORD);
        assertFalse(editor.menu().contains("users"), "the menu does not offer it");

        editor.open("admin/users.xhtml");

        assertTrue(editor.showsForbidden(), "the 403 page");
    }

    @Test
    void anAdministratorCreatesAUserAndChangesItsSettingsOnTheUsersScreens() {
        String username = unique("ulla");
        EditorPage asAdmin = signIn("admin", System.getenv("DAP_ADMIN_PASSWORD"));

        assertTrue(asAdmin.createUser(username, "Ulla", "short").contains("12 characters"), "the policy refuses a short password");
        assertTrue(asAdmin.createUser(username, "Ulla", PASSWORD).contains("created"));
        assertTrue(asAdmin.renameUser(username, "Ulla Berg").contains("saved"));

        assertTrue(asAdmin.usersTable().contains("Ulla Berg"));
    }

    @Test
    void anAdministratorRequestsARoleASecondOneApprovesItAndTheUserSeesTheNewScreens() {
        Api admin = Api.admin(base);
        Api.secondAdministrator(base);
        admin.post("api/v1/roles", Json.createObjectBuilder().add("code", "USER_AUDITOR").add("name", "User auditor")
                .add("description", "sees users and roles").add("permissions", Json.createArrayBuilder().add("USER_VIEW").add("ROLE_VIEW"))
                .build());
        String dora = unique("dora");
        admin.createUser(dora, PASSWORD);

        EditorPage asDora = signIn(dora, PASSWORD);
        assertFalse(asDora.menu().contains("users"));
        asDora.signOut();

        EditorPage asAdmin = signIn("admin", System.getenv("DAP_ADMIN_PASSWORD"));
        String requested = asAdmin.requestRole(dora, "USER_AUDITOR");
        assertTrue(requested.contains("requested"), requested);
        asAdmin.signOut();

        EditorPage asSecond = signIn(Api.SECOND_ADMIN, Api.SECOND_ADMIN_PASSWORD);
        String approved = asSecond.approveRequestFor(dora);
        assertTrue(approved.contains("approved"), approved);
        asSecond.signOut();

        EditorPage doraAgain = signIn(dora, PASSWORD);
        List<String> menu = doraAgain.menu();
        assertTrue(menu.containsAll(List.of("users", "roles")), menu.toString());
        assertFalse(menu.contains("approvals"), menu.toString());

        long assignment = admin.get("api/v1/users/" + dora + "/role-assignments").array().getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, admin.delete("api/v1/role-assignments/" + assignment).status());
        doraAgain.open("admin/users.xhtml");
        assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"), "revoking the role ended her session at once");
    }

    private static String unique(String name) {
        return name + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }
}
