package org.desist.eventstore.consume;

import jakarta.transaction.RollbackException;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.desist.eventstore.StreamWrittenConcurrently;
import org.desist.eventstore.WrongExpectedVersion;

/**
 * Whether a failure may pass by itself, so that trying again later can succeed: the database restarting or out of
 * connections, a lock, statement or idle timeout, a deadlock or serialization failure, another writer of the same
 * stream, or a read model the consumer reads being rebuilt. Anything else — a malformed event, a rule that refuses it — fails the same way every time.
 */
final class Transience {

    /** SQLSTATEs that name a passing condition (PostgreSQL, appendix A); class 08 (connection) is taken whole. */
    private static final Set<String> TRANSIENT_STATES = Set.of(
            "40001", // serialization_failure
            "40P01", // deadlock_detected
            "55P03", // lock_not_available
            "57014", // query_canceled (statement_timeout)
            "57P01", // admin_shutdown
            "57P02", // crash_shutdown
            "57P03", // cannot_connect_now (starting up)
            "25P03", // idle_in_transaction_session_timeout
            "53300", // too_many_connections
            "53200", // out_of_memory
            "53100"); // disk_full

    private Transience() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            switch (t) {
                case StreamWrittenConcurrently ignored -> {
                    return true;
                }
                case WrongExpectedVersion ignored -> {
                    return true; // a consumer decides on what it reads: reading again decides afresh
                }
                case ConcurrentlyConsumed ignored -> {
                    return true;
                }
                case ReadModelRebuilding ignored -> {
                    return true;
                }
                case RollbackException ignored -> {
                    return true; // the commit itself failed (its connection lost): nothing of it holds, try again
                }
                case SQLTransientException ignored -> {
                    return true;
                }
                case SQLRecoverableException ignored -> {
                    return true;
                }
                case ConnectException ignored -> {
                    return true;
                }
                case SocketException ignored -> {
                    return true;
                }
                case SQLException sql when transientState(sql) -> {
                    return true;
                }
                default -> {
                    // look further down the chain
                }
            }
        }
        return false;
    }

    private static boolean transientState(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            // Agroal: "Sorry, acquisition timeout!" — the pool had no connection to give in time.
            return e.getMessage() != null && e.getMessage().contains("acquisition timeout");
        }
        return state.startsWith("08") || TRANSIENT_STATES.contains(state);
    }

    /** A read model the consumer reads is being rebuilt: until it is live again it would answer from part of the log. */
    static final class ReadModelRebuilding extends RuntimeException {
        ReadModelRebuilding(String message) {
            super(message);
        }
    }

    /** Another delivery of the same event recorded it first; trying again finds it handled. */
    static final class ConcurrentlyConsumed extends RuntimeException {
        ConcurrentlyConsumed(String message) {
            super(message);
        }
    }
}
