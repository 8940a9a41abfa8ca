package org.waymark.alerting.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aLostConnectionOrAnEmptyPoolDeepInTheChainIsAnOutage() {
        assertTrue(DatabaseOutage.causes(new EJBException(new PersistenceException(new SQLRecoverableException("Communications link failure")))));
        assertTrue(DatabaseOutage.causes(new PersistenceException(new SQLNonTransientConnectionException("Socket fail to connect"))));
        assertTrue(DatabaseOutage.causes(new EJBException(new PersistenceException(
                new SQLException("Error in allocating a connection", new ResourceAllocationException("no connection"))))));
    }

    @Test
    void aStatementTheDatabaseRefusesIsNot() {
        assertFalse(DatabaseOutage.causes(new EJBException(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry")))));
        assertFalse(DatabaseOutage.causes(new IllegalStateException("a bug")));
    }
}
