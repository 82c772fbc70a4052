package cn.healthsec.reporting.web;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which failures are answered 503 with Retry-After (retry later, nothing stored) rather than 500.
 * FaultsIT once saw a 500 while the database crashed: a commit that failed, wrapped by the
 * interceptor of a transactional method (issue 12).
 */
class DatabaseFailuresTest {

    @Test
    void shouldAnswerRetryLaterForAnUnreachableBusyOrUncommittableDatabase() {
        assertTrue(DatabaseFailures.isUnavailable(new SQLException("gone", "08006")));
        assertTrue(DatabaseFailures.isUnavailable(new SQLException("shutting down", "57P01")));
        assertTrue(DatabaseFailures.isUnavailable(new SQLException("canceling statement due to statement timeout", "57014")));
        assertTrue(DatabaseFailures.isUnavailable(new SQLException("lock timeout", "55P03")));
        assertTrue(DatabaseFailures.isUnavailable(new SQLException("Sorry, acquisition timeout!")));
        assertTrue(DatabaseFailures.isUnavailable(new ArcUndeclaredThrowableException(new RollbackException("could not commit"))));
        assertFalse(DatabaseFailures.isUnavailable(new SQLException("unique violation", "23505")));
        assertFalse(DatabaseFailures.isUnavailable(new IllegalStateException("a bug")));
    }

    @Test
    void shouldNameTheCausesByClassAndStateOnly() {
        String causes = DatabaseFailures.causes(new IllegalStateException("value 110101199003077777",
                new SQLException("Key (id)=(110101199003077777) exists", "23505")));
        assertEquals("java.lang.IllegalStateException <- java.sql.SQLException[23505]", causes);
    }
}
