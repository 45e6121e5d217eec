package org.desist.cases;

import static org.awaitility.Awaitility.await;

import io.quarkus.arc.Arc;
import java.time.Duration;
import java.util.UUID;
import org.desist.cases.allocation.StaffConductFacts;
import org.desist.eventstore.UuidV7;
import org.desist.testing.CloudEventWriter;

/** Members of staff joined to the register as conduct-service does it: by its event, on the real broker. */
public final class StaffOnRegister {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private StaffOnRegister() {
    }

    /** A new member of staff in {@code team}, once case-service has consumed the event that they joined. */
    public static String join(CloudEventWriter conductService, String team) {
        String staff = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        conductService.send(UuidV7.next(), "conduct.staff-member.registered", staff, 1, """
                {"staffId": "%s", "name": "A. Officer", "role": "probation-officer", "team": "%s"}"""
                .formatted(staff, team));
        StaffConductFacts facts = Arc.container().instance(StaffConductFacts.class).get();
        await().atMost(WAIT).until(() -> facts.member(staff).isPresent());
        return staff;
    }
}
