package org.waymark.database.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Answers whether the database can be used right now, for the health endpoint. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseCheck.class.getName());
    private static final int VALIDATION_TIMEOUT_SECONDS = 3;

    @Resource(lookup = "jdbc/waymark")
    DataSource dataSource;

    /**
     * @return {@code null} when the database answers, else why it does not, in words fit for an
     *         unauthenticated caller (the details, with host and account, go to the server log)
     */
    public String problem() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS) ? null : "the database did not answer within "
                    + VALIDATION_TIMEOUT_SECONDS + " s";
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "health check: the database cannot be used", e);
            return "no connection to the database";
        }
    }
}
