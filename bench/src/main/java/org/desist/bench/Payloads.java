package org.desist.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/** Event payloads shaped like a recorded probation contact (about 250 bytes of JSON). */
final class Payloads {

    static final String TYPE = "ContactRecorded";

    private Payloads() {
    }

    static ObjectNode contact(long sequence) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("crn", String.format("X%06d", sequence % 1_000_000));
        payload.put("contactId", new UUID(0x0197_0000_0000_7000L | sequence, 0x8000_0000_0000_0000L | sequence)
                .toString());
        payload.put("kind", "OFFICE_VISIT");
        payload.put("outcome", "ATTENDED_COMPLIED");
        payload.put("location", "Sheffield Probation Office");
        payload.put("notes", "Discussed progress on the accredited programme and housing; next appointment booked.");
        payload.put("sequence", sequence);
        return payload;
    }
}
