package org.desist.cases.contact;

import java.util.UUID;
import org.desist.eventstore.http.NotFound;

/** No contact with that id is on the person's record (HTTP 404). */
public class ContactNotFound extends NotFound {

    public ContactNotFound(UUID contactId) {
        super("no contact " + contactId + " is on this person's record");
    }
}
