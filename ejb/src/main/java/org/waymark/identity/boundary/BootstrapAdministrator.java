package org.waymark.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;
import org.waymark.audit.boundary.AuditTrail;
import org.waymark.audit.entity.AuditOutcome;
import org.waymark.configuration.control.Settings;
import org.waymark.identity.control.PasswordHashing;
import org.waymark.identity.control.PasswordPolicy;
import org.waymark.identity.control.RandomSecrets;
import org.waymark.identity.entity.Role;
import org.waymark.identity.entity.RoleAssignment;
import org.waymark.identity.entity.UserAccount;

/**
 * On a database without any account, creates the administrator {@value #USERNAME}: with the
 * password in {@code DAP_ADMIN_PASSWORD}, or with a random one that is printed once to the
 * console. On every later start it does nothing, whatever the environment says.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class BootstrapAdministrator {

    public static final String USERNAME = "admin";
    public static final String PASSWORD_VARIABLE = "DAP_ADMIN_PASSWORD";
    /** The launcher looks for this text to tell the operator how to sign in. */
    public static final String CREATED_MESSAGE = "Bootstrap administrator created";

    private static final Logger LOG = Logger.getLogger(BootstrapAdministrator.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditTrail audit;

    @Inject
    Settings settings;

    @Inject
    PasswordPolicy policy;

    @PostConstruct
    void createOnFreshDatabase() {
        long accounts = em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult();
        if (accounts > 0) {
            return;
        }
        var configured = settings.get(PASSWORD_VARIABLE);
        configured.flatMap(password -> policy.violation(USERNAME, password)).ifPresent(reason -> {
            throw new IllegalStateException(PASSWORD_VARIABLE + ": " + reason);
        });
        String password = configured.orElseGet(RandomSecrets::password);
        Instant now = Instant.now();
        UserAccount admin = UserAccount.bootstrap(USERNAME, "Administrator", hashing.hash(password.toCharArray()), now);
        em.persist(admin);
        Role administrator = em.createNamedQuery(Role.BY_CODE, Role.class)
                .setParameter("code", Role.ADMINISTRATOR)
                .getSingleResult();
        em.persist(RoleAssignment.bootstrap(admin, administrator, now));
        audit.record(RoleAssignment.SYSTEM_ACTOR, "account.bootstrap", AuditOutcome.SUCCESS, USERNAME,
                "first administrator created with the global Administrator role, active without approval (bootstrap)");
        if (configured.isPresent()) {
            LOG.warning(() -> CREATED_MESSAGE + ": sign in as '" + USERNAME + "' with the password in " + PASSWORD_VARIABLE + ".");
        } else {
            LOG.warning(() -> CREATED_MESSAGE + ": sign in as '" + USERNAME + "' with the password " + password
                    + "  (shown this once; change it after signing in)");
        }
    }
}
