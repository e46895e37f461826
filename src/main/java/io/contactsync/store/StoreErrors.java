package io.contactsync.store;

import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.JdbiException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Turns driver and JDBI failures into the store's three exceptions, so callers need to know only those. */
final class StoreErrors {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String CONNECTION_FAILURE_CLASS = "08";

    private StoreErrors() {
    }

    /** A database failure as a store exception; anything else (e.g. a caller's own exception) unchanged. */
    static RuntimeException translate(RuntimeException failure) {
        if (!(failure instanceof JdbiException)) {
            return failure;
        }
        String sqlState = sqlState(failure);
        if (failure instanceof ConnectionException || isConnectionFailure(failure, sqlState)) {
            return new StoreUnavailableException("The sync database is unreachable: " + rootMessage(failure), failure);
        }
        if (UNIQUE_VIOLATION.equals(sqlState)) {
            return new DuplicateRecordException("A unique rule of the sync database was violated: "
                    + rootMessage(failure), failure);
        }
        return new StoreException("A sync database operation failed: " + rootMessage(failure), failure);
    }

    private static boolean isConnectionFailure(Throwable failure, String sqlState) {
        if (sqlState != null && sqlState.startsWith(CONNECTION_FAILURE_CLASS)) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
