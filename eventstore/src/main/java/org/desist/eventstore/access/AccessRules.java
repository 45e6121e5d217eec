package org.desist.eventstore.access;

import static org.desist.eventstore.access.Reader.COURT_LIAISON;
import static org.desist.eventstore.access.Reader.OFFICER;
import static org.desist.eventstore.access.Reader.PARTNER;
import static org.desist.eventstore.access.Reader.PERSON_ON_PROBATION;
import static org.desist.eventstore.access.Reader.SENIOR;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.desist.eventstore.access.Access.Granted;
import org.desist.eventstore.access.Access.Refused;
import org.desist.eventstore.access.CaseAccess.Restriction;

/**
 * Need-to-know, one rule for every service and every path (001_9fa4dace4d8e27d3.txt: "only share information on a
 * need-to-know basis and with proper authorization", "obtain consent before sharing sensitive information with third
 * parties"; 002_d7d6c09e19b6ddeb.txt 6.1-6.7). Pure: the caller, the case's access facts, the part asked for, the
 * purpose declared and the day decide it.
 */
public final class AccessRules {

    /** What the person on probation reads of their own record: never risk narratives, victims or staff matters. */
    static final Set<Part> OWN_RECORD = EnumSet.of(Part.APPOINTMENTS, Part.SENTENCE, Part.SENTENCE_PLAN,
            Part.FEEDBACK, Part.CONTACT_DETAILS);
    /** Victim records stay with the roles that work with victims. */
    static final Set<String> VICTIM_WORK = Set.of(OFFICER, SENIOR);

    /**
     * What a partner agency may write on a case shared with it, whatever the agreement's scope: the contacts it has
     * with the person (000 4.2, partnership working). It reads none of them by writing; reading stays with the scope.
     */
    static final Set<Part> PARTNER_RECORDS = EnumSet.of(Part.CONTACTS);

    private AccessRules() {
    }

    /** A write: as a read, except that a partner agency records its own contacts on any case shared with it. */
    public static Access decideWrite(Reader reader, CaseAccess access, Part part, Optional<String> purpose,
            LocalDate today) {
        if (reader.is(PARTNER) && PARTNER_RECORDS.contains(part) && reader.agency().isPresent()
                && access.restriction().filter(r -> r.inForceOn(today)).isEmpty()) {
            return access.sharing().stream().filter(s -> s.inForceFor(reader.agency().get(), today)).findFirst()
                    .<Access>map(s -> granted("sharing-agreement " + s.agreementId())).orElseGet(() -> notFound(access));
        }
        return decide(reader, access, part, purpose, today);
    }

    public static Access decide(Reader reader, CaseAccess access, Part part, Optional<String> purpose, LocalDate today) {
        Optional<Restriction> limited = access.restriction().filter(r -> r.inForceOn(today));
        if (reader.is(PERSON_ON_PROBATION)) {
            return reader.crn().filter(access.crn()::equals).isPresent() && OWN_RECORD.contains(part)
                    ? granted("own-record") : notFound(access);
        }
        if (reader.is(PARTNER)) {
            // Fail closed: a case with an exclusion or restriction in force is never opened to anyone outside the staff.
            if (limited.isPresent() || reader.agency().isEmpty()) {
                return notFound(access);
            }
            return access.sharing().stream().filter(s -> s.shares(reader.agency().get(), part, today)).findFirst()
                    .<Access>map(s -> granted("sharing-agreement " + s.agreementId())).orElseGet(() -> notFound(access));
        }
        if (limited.isPresent()) {
            Restriction restriction = limited.get();
            if (restriction.keepsOut(reader.subject())) {
                // Declaring a purpose does not open it: limited access is decided by the case's managers.
                return new Refused(403, restriction.excluded().contains(reader.subject()) ? "case-excluded"
                        : "case-restricted", restriction.message());
            }
            if (restriction.restrictedTo().contains(reader.subject())) {
                return part == Part.VICTIMS && !victimWork(reader) ? victimsRefused() : granted("restricted-to");
            }
        }
        if (part == Part.VICTIMS && !victimWork(reader)) {
            return victimsRefused();
        }
        if (reader.is(OFFICER) || reader.is(SENIOR)) {
            if (access.staffId().filter(reader.subject()::equals).isPresent()) {
                return granted("allocated");
            }
            if (access.team().isPresent() && access.team().equals(reader.team())) {
                return granted("team");
            }
            if (access.staffId().isEmpty()) {
                return granted("unallocated");
            }
        }
        if (reader.is(COURT_LIAISON) && access.courtRequested()) {
            return granted("court-request");
        }
        Optional<String> declared = purpose.map(String::strip).filter(p -> !p.isEmpty());
        if (declared.isPresent()) {
            return new Granted("break-glass", declared);
        }
        return new Refused(403, "need-to-know", "case " + access.crn() + " is not in your caseload or your team's: "
                + "if you need it (for example for duty cover), say why in the X-Purpose header; the access is then "
                + "recorded with your reason and reviewed by your team's senior");
    }

    private static boolean victimWork(Reader reader) {
        return VICTIM_WORK.stream().anyMatch(reader::is);
    }

    private static Access victimsRefused() {
        return new Refused(403, "victim-work", "victim records are kept to the staff who work with victims");
    }

    private static Access granted(String basis) {
        return new Granted(basis, Optional.empty());
    }

    private static Access notFound(CaseAccess access) {
        return new Refused(404, "not-found", "no person " + access.crn() + " is known to you");
    }
}
