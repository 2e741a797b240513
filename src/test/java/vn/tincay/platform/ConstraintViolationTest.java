package vn.tincay.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class ConstraintViolationTest {

    @Test
    void aDuplicateKeyDeepInTheCauseChainIsAConstraintViolation() {
        var duplicate = new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062);
        var error = new PersistenceException("flush failed", new RuntimeException("driver", duplicate));
        assertTrue(ConstraintViolation.isCause(error));
    }

    @Test
    void h2sUniqueIndexStateIsAConstraintViolation() {
        assertTrue(ConstraintViolation.isCause(
                new PersistenceException(new SQLException("Unique index violation", "23505"))));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(ConstraintViolation.isCause(
                new PersistenceException(new SQLException("Connection lost", "08S01"))));
        assertFalse(ConstraintViolation.isCause(new PersistenceException("no cause")));
    }
}
