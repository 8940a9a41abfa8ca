package org.waymark.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.waymark.access.entity.Permission;

/** The migration files apply to the embedded database exactly as the application configures it. */
class MigrationsOnEmbeddedDatabaseTest {

    private static final String URL = "jdbc:h2:mem:migrations;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

    @Test
    void migratesAnEmptyDatabaseAndThenHasNothingLeftToDo() throws SQLException {
        Flyway flyway = Flyway.configure().dataSource(URL, "sa", "").load();

        MigrateResult first = flyway.migrate();
        MigrateResult second = flyway.migrate();

        assertTrue(first.migrationsExecuted >= 1, "the first run applies the migrations");
        assertEquals(0, second.migrationsExecuted, "a second run has nothing to do");
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet roles = statement.executeQuery("select count(*) from app_role where built_in")) {
            roles.next();
            assertEquals(8, roles.getInt(1), "the eight built-in roles");
        }
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet granted = statement.executeQuery("select role_id, permission from role_permission")) {
            Set<Permission> administrator = EnumSet.noneOf(Permission.class);
            while (granted.next()) {
                Permission permission = Permission.valueOf(granted.getString(2)); // every seeded name is in the catalogue
                if (granted.getLong(1) == 1) {
                    administrator.add(permission);
                }
            }
            assertEquals(EnumSet.allOf(Permission.class), administrator, "the Administrator holds the whole catalogue");
        }
    }
}
