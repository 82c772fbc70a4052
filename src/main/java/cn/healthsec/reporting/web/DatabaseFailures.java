package cn.healthsec.reporting.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached (down, restarting, refusing connections, or the pool
 * exhausted waiting for it) or too busy to answer in time (a statement or lock wait past its
 * timeout: {@code healthsec.db.statement-timeout}, {@code lock-timeout}) from a failure of the
 * request itself: the first is answered 503 with {@code Retry-After}, since retrying later will
 * work and nothing was stored (the transaction rolled back); the second is a 500.
 */
final class DatabaseFailures {

    /** SQLSTATE class 08 (connection exception) and 57P01–57P03 (server shutting down, starting up). */
    private static final String CONNECTION_CLASS = "08";
    private static final String OPERATOR_INTERVENTION = "57P0";
    /** 57014 query_canceled (statement_timeout) and 55P03 lock_not_available (lock_timeout). */
    private static final String STATEMENT_TIMEOUT = "57014";
    private static final String LOCK_TIMEOUT = "55P03";
    /**
     * A transaction the transaction manager could not complete (its commit failed and it rolled
     * back, or its outcome is heuristic): raised when the database went away at commit or the
     * transaction timed out. Nothing is known to be stored; a retry with the same key is safe.
     */
    private static final java.util.Set<String> TRANSACTION_FAILURES = java.util.Set.of(
            "jakarta.transaction.RollbackException", "jakarta.transaction.HeuristicMixedException",
            "jakarta.transaction.HeuristicRollbackException", "jakarta.transaction.SystemException",
            "io.quarkus.narayana.jta.QuarkusTransactionException");
    /** What Agroal throws when no connection came within the acquisition timeout. */
    private static final String POOL_TIMEOUT = "Sorry, acquisition timeout";

    private DatabaseFailures() {
    }

    /** The classes of a failure and its causes (and the SQLSTATE of each SQL one), never their messages. */
    static String causes(Throwable failure) {
        StringBuilder b = new StringBuilder();
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 12; t = t.getCause(), depth++) {
            if (depth > 0) {
                b.append(" <- ");
            }
            b.append(t.getClass().getName());
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                b.append('[').append(sql.getSQLState()).append(']');
            }
        }
        return b.toString();
    }

    static boolean isUnavailable(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
                    || TRANSACTION_FAILURES.contains(t.getClass().getName())) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith(CONNECTION_CLASS) || state.startsWith(OPERATOR_INTERVENTION)
                        || state.equals(STATEMENT_TIMEOUT) || state.equals(LOCK_TIMEOUT))) {
                    return true;
                }
                if (state == null && sql.getMessage() != null && sql.getMessage().startsWith(POOL_TIMEOUT)) {
                    return true;
                }
            }
        }
        return false;
    }
}
