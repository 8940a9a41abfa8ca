package org.waymark.database.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.waymark.audit.control.AuditChain;
import org.waymark.identity.entity.UserAccount;

/**
 * Brings the database schema to the version of this build before anything else uses it, so that
 * deploying a new EAR upgrades the database. The same migration files serve MySQL and the
 * embedded H2. Flyway serializes concurrent starts of cluster nodes with a database lock.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/waymark")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        applyMigrations();
        try {
            AuditChain.sealRecordsWrittenBeforeTheChain(dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot seal the audit records written before the hash chain", e);
        }
    }

    private void applyMigrations() {
        // the migration files live beside the entities, in the persistence module
        MigrateResult result = Flyway.configure(UserAccount.class.getClassLoader())
                .locations("classpath:db/migration")
                .dataSource(dataSource)
                .load()
                .migrate();
        LOG.info(() -> result.migrationsExecuted == 0
                ? "database schema is up to date at version " + result.initialSchemaVersion
                : "database schema migrated from version " + result.initialSchemaVersion + " to " + result.targetSchemaVersion
                        + " (" + result.migrationsExecuted + " migrations)");
    }
}
