package org.waymark.database.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Answers whether the database can be used right now, for the health endpoint. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 3;

    @Resource(lookup = "jdbc/waymark")
    DataSource dataSource;

    /** @return {@code null} when the database answers, else why it does not */
    public String problem() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS) ? null : "the database did not answer within "
                    + VALIDATION_TIMEOUT_SECONDS + " s";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
