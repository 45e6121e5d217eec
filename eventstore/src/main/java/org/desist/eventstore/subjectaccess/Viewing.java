package org.desist.eventstore.subjectaccess;

import java.time.Instant;
import java.util.Optional;
import org.desist.eventstore.access.AccessLog;

/**
 * One read of the person's record from the access log, as their answer shows it: when, who by role and team (or
 * agency), what was read through which operation, whether it was allowed and on what basis, with any declared purpose.
 */
public record Viewing(Instant at, String by, String part, String operation, boolean granted, String basis,
        Optional<String> purpose) {

    static Viewing of(AccessLog.Entry entry, Redaction redaction) {
        return new Viewing(entry.at(), redaction.reader(entry), entry.part(), entry.operation(), entry.granted(),
                entry.basis(), entry.purpose());
    }
}
