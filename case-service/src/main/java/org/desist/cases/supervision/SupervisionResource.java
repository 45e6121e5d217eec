package org.desist.cases.supervision;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.desist.cases.contact.ContactLog;
import org.desist.cases.contact.ContactOutcome;
import org.desist.cases.person.Crn;
import org.desist.cases.person.PersonStreams;
import org.desist.cases.supervision.SupervisionEvent.ContactFrequencySet;
import org.desist.eventstore.access.NeedToKnow;
import org.desist.eventstore.access.Part;
import org.desist.eventstore.StreamNotFound;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.Loaded;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/people/{crn}/supervision")
@Tag(name = "Supervision")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@NeedToKnow(Part.RISK_SUMMARY)
public class SupervisionResource {

    private final CommandHandler commands;
    private final SupervisionStandards standards;

    SupervisionResource(CommandHandler commands, SupervisionStandards standards) {
        this.commands = commands;
        this.standards = standards;
    }

    @GET
    @RolesAllowed({"probation-officer", "senior-probation-officer", "auditor", "partner-agency"})
    @Operation(summary = "How often the person is to be seen, from their tier and risk of serious harm, and whether "
            + "contact is on track; asOf answers as it stood then")
    public SupervisionView view(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @QueryParam("asOf") String asOfText) {
        java.time.Instant asOf = org.desist.eventstore.http.AsOf.parse(asOfText).orElse(null);
        Instant at = asOf == null ? Instant.now() : asOf;
        Loaded<Supervision> supervision = commands.load(crn, Supervision.AGGREGATE, at);
        if (!supervision.exists()) {
            throw new StreamNotFound(PersonStreams.of(crn));
        }
        Loaded<ContactLog> contacts = commands.load(crn, ContactLog.AGGREGATE, at);
        Optional<ContactFrequencySet> level = supervision.state().current();
        int every = level.map(ContactFrequencySet::contactEveryDays)
                .orElseGet(() -> standards.contactEveryDays(Optional.empty(), Optional.empty()));
        Optional<Instant> last = contacts.state().contacts().values().stream()
                .filter(c -> c.outcome() == ContactOutcome.ATTENDED_COMPLIED)
                .map(ContactLog.Contact::occurredAt).filter(t -> !t.isAfter(at)).max(Instant::compareTo);
        Instant from = last.orElseGet(() -> level.map(ContactFrequencySet::effectiveFrom).orElse(at));
        Instant due = from.plus(Duration.ofDays(every));
        return new SupervisionView(level.flatMap(ContactFrequencySet::tier), level.flatMap(ContactFrequencySet::roshLevel),
                every, last, due, !at.isAfter(due));
    }
}
