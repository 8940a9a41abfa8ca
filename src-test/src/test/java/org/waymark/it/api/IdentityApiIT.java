package org.waymark.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waymark.it.support.Api;
import org.waymark.it.support.MicroDeployment;
import org.waymark.it.support.SuiteSetup;
import org.waymark.it.support.TestDatabase;

/** A script administers Waymark over /api/v1/, on Payara Micro and MariaDB, with real HTTP. */
@ExtendWith(ArquillianExtension.class)
class IdentityApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MicroDeployment.application();
    }

    @ArquillianResource
    URL deployed;

    private String root;
    private Api admin;

    @BeforeEach
    void connect() {
        root = MicroDeployment.root(deployed);
        admin = Api.admin(root);
    }

    @Test
    void withoutCredentialsTheApiAnswers401AsAProblem() {
        Api.Answer answer = Api.anonymous(root).get("api/v1/roles");

        assertEquals(401, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals(401, answer.json().getInt("status"));
    }

    @Test
    void theSyslogStatisticsAndUnparsedMessagesAreForTheSoc() {
        JsonObject stats = admin.get("api/v1/syslog/stats").json();

        assertTrue(stats.containsKey("receivedByFormat") && stats.containsKey("securityEvents"), stats.toString());
        String user = unique("nosy");
        admin.createUser(user, "nosy-password-4242");
        assertEquals(403, Api.basic(root, user, "nosy-password-4242").get("api/v1/syslog/stats").status());
        assertEquals(403, Api.basic(root, user, "nosy-password-4242").get("api/v1/syslog/unparsed").status());
    }

    @Test
    void theRolesListTheEightBuiltInRolesWithTheirPermissions() {
        var roles = admin.get("api/v1/roles").array();

        assertTrue(roles.size() >= 8);
        JsonObject publisher = roles.stream().map(JsonObject.class::cast).filter(r -> r.getString("code").equals("PUBLISHER")).findFirst()
                .orElseThrow();
        assertTrue(publisher.getJsonArray("permissions").toString().contains("PUBLISH_PRODUCTION"));
        assertFalse(publisher.getJsonArray("permissions").toString().contains("CONTENT_EDIT"), "publishers do not write");
    }

    @Test
    void aRoleRequestWaitsForADifferentAdministratorAndRevocationStopsItAtOnce() {
        Api second = Api.secondAdministrator(root);
        String user = unique("sofia");
        admin.createUser(user, "sofia-password-42");
        Api sofia = Api.basic(root, user, "sofia-password-42");
        assertEquals(403, sofia.get("api/v1/audit").status());

        JsonObject requested = admin.requestRole(user, "SECURITY_ANALYST");
        long id = requested.getJsonNumber("id").longValue();
        assertEquals("PENDING", requested.getString("status"));
        assertEquals(403, sofia.get("api/v1/audit").status(), "pending grants nothing");

        Api.Answer byRequester = admin.post("api/v1/role-assignments/" + id + "/approve", null);
        assertEquals(403, byRequester.status());
        assertEquals("application/problem+json", byRequester.contentType());

        Api.Answer bySecond = second.post("api/v1/role-assignments/" + id + "/approve", null);
        assertEquals(200, bySecond.status());
        assertEquals("ACTIVE", bySecond.json().getString("status"));
        assertEquals(200, sofia.get("api/v1/audit").status());

        JsonObject key = sofia.post("api/v1/api-keys", Json.createObjectBuilder().add("name", "siem")
                .add("expiresAt", Instant.now().plus(30, ChronoUnit.DAYS).toString()).build()).json();
        Api sofiaKey = Api.bearer(root, key.getString("secret"));
        assertEquals(200, sofiaKey.get("api/v1/audit").status());

        assertEquals(200, admin.delete("api/v1/role-assignments/" + id).status());

        assertEquals(403, sofia.get("api/v1/audit").status(), "the password loses the role at once");
        assertEquals(403, sofiaKey.get("api/v1/audit").status(), "and so does the API key");
    }

    @Test
    void aSystemManagerRequestsRolesBelowItsOwnForItsOwnSystemsOnly() {
        Api second = Api.secondAdministrator(root);
        String manager = unique("sam");
        String author = unique("cory");
        admin.createUser(manager, "sam-password-4242");
        admin.createUser(author, "cory-password-4242");
        long itsSystem = system(unique("sams"));
        long otherSystem = system(unique("others"));
        assertEquals(404, admin.post("api/v1/role-assignments", Json.createObjectBuilder().add("username", author)
                .add("role", "CONTENT_CREATOR").add("system", otherSystem + 1000).build()).status(), "no such system");
        JsonObject scoped = admin.post("api/v1/role-assignments", Json.createObjectBuilder().add("username", manager)
                .add("role", "SYSTEM_MANAGER").add("system", itsSystem).build()).json();
        second.post("api/v1/role-assignments/" + scoped.getJsonNumber("id").longValue() + "/approve", null);
        Api sam = Api.basic(root, manager, "sam-password-4242");

        Api.Answer forItsSystem = sam.post("api/v1/role-assignments", Json.createObjectBuilder().add("username", author)
                .add("role", "CONTENT_CREATOR").add("system", itsSystem).build());
        assertEquals(201, forItsSystem.status(), forItsSystem.body());
        assertEquals("PENDING", forItsSystem.json().getString("status"));

        assertEquals(403, sam.post("api/v1/role-assignments", Json.createObjectBuilder().add("username", author)
                .add("role", "CONTENT_CREATOR").add("system", otherSystem).build()).status(), "not its system");
        assertEquals(403, sam.post("api/v1/role-assignments", Json.createObjectBuilder().add("username", author)
                .add("role", "CONTENT_CREATOR").build()).status(), "not globally");
        assertEquals(403, sam.post("api/v1/role-assignments", Json.createObjectBuilder().add("username", author)
                .add("role", "SECURITY_ANALYST").add("system", itsSystem).build()).status(), "not a role beyond content work");
        assertEquals(403, sam.get("api/v1/users").status(), "a scoped role grants nothing installation-wide");
    }

    @Test
    void aRoleThatRequiresASecondFactorGrantsNothingUntilTheHolderEnrolled() {
        String user = unique("rita");
        admin.createUser(user, "rita-password-4242");
        admin.post("api/v1/roles", Json.createObjectBuilder().add("code", "STRICT_AUDITOR").add("name", "Strict auditor")
                .add("description", "audit reading, with two-step sign-in").add("permissions", Json.createArrayBuilder().add("AUDIT_VIEW"))
                .build());
        Api.grant(root, user, "STRICT_AUDITOR");
        Api rita = Api.basic(root, user, "rita-password-4242");
        assertEquals(200, rita.get("api/v1/audit").status());

        Api.Answer required = admin.put("api/v1/roles/STRICT_AUDITOR/second-factor",
                Json.createObjectBuilder().add("policy", "REQUIRED").build());
        assertEquals("REQUIRED", required.json().getString("secondFactor"));
        assertEquals(403, rita.get("api/v1/audit").status(), "nothing but enrolment until she has a second factor");

        admin.put("api/v1/roles/STRICT_AUDITOR/second-factor", Json.createObjectBuilder().add("policy", "OPTIONAL").build());
        assertEquals(200, rita.get("api/v1/audit").status());
    }

    @Test
    void aRejectedRequestNeedsAReasonAndGrantsNothing() {
        Api second = Api.secondAdministrator(root);
        String user = unique("rex");
        admin.createUser(user, "rex-password-4242");
        long id = admin.requestRole(user, "ANALYST").getJsonNumber("id").longValue();

        assertEquals(400, second.post("api/v1/role-assignments/" + id + "/reject", Json.createObjectBuilder().build()).status());
        Api.Answer rejected = second.post("api/v1/role-assignments/" + id + "/reject",
                Json.createObjectBuilder().add("reason", "not in the analytics team").build());

        assertEquals("REJECTED", rejected.json().getString("status"));
        assertEquals("not in the analytics team", rejected.json().getString("reason"));
    }

    @Test
    void fiveFailedLoginsLockTheAccountUntilAnAdministratorUnlocksIt() {
        String user = unique("lena");
        admin.createUser(user, "lena-password-4242");
        Api wrong = Api.basic(root, user, "not-lenas-password");
        Api right = Api.basic(root, user, "lena-password-4242");
        assertEquals(403, right.get("api/v1/users").status(), "signed in, but without a role");

        for (int i = 0; i < 5; i++) {
            assertEquals(401, wrong.get("api/v1/users").status());
        }

        Api.Answer locked = right.get("api/v1/users");
        assertEquals(401, locked.status(), "the right password no longer helps");
        assertEquals(locked.body(), wrong.get("api/v1/users").body(), "a locked account looks like a wrong password");
        assertTrue(admin.get("api/v1/users/" + user).json().getBoolean("locked"));
        assertEquals(1, admin.get("api/v1/audit?action=account.locked&max=5").json().getJsonArray("events").stream()
                .map(JsonObject.class::cast).filter(e -> e.getString("target").equals(user)).count());

        assertEquals(200, admin.post("api/v1/users/" + user + "/unlock", null).status());
        assertEquals(403, right.get("api/v1/users").status(), "signed in again");
    }

    @Test
    void anApiKeyIsShownOnceActsWithinItsLimitAndStopsWhenRevokedOrExpired() throws SQLException {
        Api.Answer created = admin.post("api/v1/api-keys", Json.createObjectBuilder().add("name", "audit reader")
                .add("expiresAt", Instant.now().plus(7, ChronoUnit.DAYS).toString())
                .add("permissions", Json.createArrayBuilder().add("AUDIT_VIEW")).build());
        assertEquals(201, created.status());
        String secret = created.json().getString("secret");
        long id = created.json().getJsonObject("key").getJsonNumber("id").longValue();
        Api key = Api.bearer(root, secret);

        assertEquals(200, key.get("api/v1/audit").status());
        assertEquals(403, key.get("api/v1/users").status(), "limited to AUDIT_VIEW although admin may do everything");
        assertFalse(admin.get("api/v1/api-keys").body().contains(secret), "the secret is never listed");
        assertEquals(403, key.post("api/v1/api-keys", Json.createObjectBuilder().add("name", "offspring")
                .add("expiresAt", Instant.now().plus(300, ChronoUnit.DAYS).toString()).build()).status(), "a key cannot make keys");

        try (Connection database = TestDatabase.connect(SuiteSetup.ARQUILLIAN_DATABASE);
             PreparedStatement expire = database.prepareStatement("UPDATE api_key SET expires_at = ? WHERE id = ?")) {
            expire.setTimestamp(1, java.sql.Timestamp.from(Instant.now().minusSeconds(1)));
            expire.setLong(2, id);
            expire.executeUpdate();
        }
        assertEquals(401, key.get("api/v1/audit").status(), "expired");

        Api.Answer second = admin.post("api/v1/api-keys", Json.createObjectBuilder().add("name", "to revoke")
                .add("expiresAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()).build());
        Api revocable = Api.bearer(root, second.json().getString("secret"));
        assertEquals(200, revocable.get("api/v1/users").status());
        assertEquals(200, admin.delete("api/v1/api-keys/" + second.json().getJsonObject("key").getJsonNumber("id").longValue()).status());
        assertEquals(401, revocable.get("api/v1/users").status(), "revoked");
    }

    @Test
    void aUserChangesTheirOwnPasswordAndTheOldOneStopsWorking() {
        String user = unique("paul");
        admin.createUser(user, "paul-password-4242");
        Api withOld = Api.basic(root, user, "paul-password-4242");

        assertEquals(400, withOld.post("api/v1/users/me/password", Json.createObjectBuilder().add("currentPassword", "not-his-password")
                .add("newPassword", "paul-new-password-99").build()).status(), "the current password is checked");
        Api.Answer common = withOld.post("api/v1/users/me/password", Json.createObjectBuilder().add("currentPassword", "paul-password-4242")
                .add("newPassword", "1qaz2wsx3edc").build());
        assertEquals(400, common.status());
        assertTrue(common.json().getString("detail").contains("common"), common.body());
        assertEquals(204, withOld.post("api/v1/users/me/password", Json.createObjectBuilder().add("currentPassword", "paul-password-4242")
                .add("newPassword", "paul-new-password-99").build()).status());

        assertEquals(401, withOld.get("api/v1/api-keys").status());
        assertEquals(200, Api.basic(root, user, "paul-new-password-99").get("api/v1/api-keys").status());
    }

    @Test
    void aPasswordStoredWithFewerIterationsIsRehashedAtTheNextSignIn() throws SQLException, GeneralSecurityException {
        String user = unique("olga");
        admin.createUser(user, "olga-password-4242");
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec("olga-password-4242".toCharArray(), salt, 1_000, 512)).getEncoded();
        String weak = "PBKDF2WithHmacSHA512:1000:" + Base64.getEncoder().encodeToString(salt) + ":" + Base64.getEncoder().encodeToString(key);
        try (Connection database = TestDatabase.connect(SuiteSetup.ARQUILLIAN_DATABASE);
             PreparedStatement downgrade = database.prepareStatement("UPDATE user_account SET password_hash = ? WHERE username = ?")) {
            downgrade.setString(1, weak);
            downgrade.setString(2, user);
            assertEquals(1, downgrade.executeUpdate());
        }

        assertEquals(200, Api.basic(root, user, "olga-password-4242").get("api/v1/api-keys").status(), "the old hash still signs in");

        try (Connection database = TestDatabase.connect(SuiteSetup.ARQUILLIAN_DATABASE);
             PreparedStatement stored = database.prepareStatement("SELECT password_hash FROM user_account WHERE username = ?")) {
            stored.setString(1, user);
            try (ResultSet hash = stored.executeQuery()) {
                hash.next();
                assertTrue(hash.getString(1).startsWith("PBKDF2WithHmacSHA512:210000:"), "re-hashed with today's cost");
            }
        }
    }

    @Test
    void aWeakPasswordIsRefusedWithItsReason() {
        Api.Answer refused = admin.post("api/v1/users", Json.createObjectBuilder().add("username", unique("weak"))
                .add("password", "1qaz2wsx3edc").add("displayName", "Weak").build());

        assertEquals(400, refused.status());
        assertTrue(refused.json().getString("detail").contains("common"), refused.body());
    }

    @Test
    void changingAnAuditRecordInTheDatabaseIsNamedByVerify() throws SQLException {
        assertTrue(admin.get("api/v1/audit/verify").json().getBoolean("valid"));
        try (Connection database = TestDatabase.connect(SuiteSetup.ARQUILLIAN_DATABASE)) {
            long victim;
            String original;
            try (PreparedStatement pick = database.prepareStatement("SELECT id, actor FROM audit_event ORDER BY id LIMIT 1 OFFSET 1");
                 ResultSet row = pick.executeQuery()) {
                row.next();
                victim = row.getLong(1);
                original = row.getString(2);
            }
            setActor(database, victim, "someone-else");
            try {
                JsonObject verification = admin.get("api/v1/audit/verify").json();

                assertFalse(verification.getBoolean("valid"));
                assertEquals(victim, verification.getJsonNumber("firstBrokenId").longValue());
            } finally {
                setActor(database, victim, original); // the other tests share this trail
            }
        }
        assertTrue(admin.get("api/v1/audit/verify").json().getBoolean("valid"), "restored, the chain holds again");
    }

    private static void setActor(Connection database, long id, String actor) throws SQLException {
        try (PreparedStatement update = database.prepareStatement("UPDATE audit_event SET actor = ? WHERE id = ?")) {
            update.setString(1, actor);
            update.setLong(2, id);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static String unique(String name) {
        return Api.unique(name);
    }

    /** A system to scope roles to; returns its id. */
    private long system(String key) {
        Api.Answer created = admin.post("api/v1/systems", Json.createObjectBuilder().add("key", key).add("name", key)
                .add("urlPatterns", Json.createArrayBuilder().add("https://" + key + ".example.com/*")).build());
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

}
