package org.desist.eventstore.access;

import static org.desist.eventstore.access.Reader.AUDITOR;
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
    /** The realm roles that make a reader a member of staff; any other reader (a system or partner client) is not. */
    static final Set<String> STAFF = Set.of(OFFICER, SENIOR, COURT_LIAISON, "conduct-officer", "disclosure-officer",
            "chief-executive", "board-secretary", AUDITOR, "operator");

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
                && keptOut(reader, access, today).isEmpty()) {
            return access.sharing().stream().filter(s -> s.inForceFor(reader.agency().get(), today)).findFirst()
                    .<Access>map(s -> granted("sharing-agreement " + s.agreementId())).orElseGet(() -> notFound(access));
        }
        return decide(reader, access, part, purpose, today);
    }

    /**
     * Limited access in force that keeps this reader out of the case, whatever else they may see of it: a member of staff
     * on its exclusion list or left off its restriction list is refused (403, with the case's message); any reader who
     * is not staff is refused as if the case did not exist (fail closed), save the person on probation on their own
     * record. Empty when limited access lets them by.
     */
    public static Optional<Refused> keptOut(Reader reader, CaseAccess access, LocalDate today) {
        Optional<Restriction> limited = access.restriction().filter(r -> r.inForceOn(today));
        boolean ownRecord = reader.is(PERSON_ON_PROBATION) && reader.crn().filter(access.crn()::equals).isPresent();
        if (limited.isEmpty() || ownRecord) {
            return Optional.empty();
        }
        if (reader.is(PARTNER) || reader.is(PERSON_ON_PROBATION) || STAFF.stream().noneMatch(reader::is)) {
            return Optional.of(notFound(access));
        }
        Restriction restriction = limited.get();
        // Declaring a purpose does not open it: limited access is decided by the case's managers.
        return restriction.keepsOut(reader.subject())
                ? Optional.of(new Refused(403, restriction.excluded().contains(reader.subject()) ? "case-excluded"
                        : "case-restricted", restriction.message()))
                : Optional.empty();
    }

    public static Access decide(Reader reader, CaseAccess access, Part part, Optional<String> purpose, LocalDate today) {
        if (reader.is(PERSON_ON_PROBATION)) {
            return reader.crn().filter(access.crn()::equals).isPresent() && OWN_RECORD.contains(part)
                    ? granted("own-record") : notFound(access);
        }
        Optional<Refused> keptOut = keptOut(reader, access, today);
        if (keptOut.isPresent()) {
            return keptOut.get();
        }
        if (reader.is(PARTNER)) {
            if (reader.agency().isEmpty()) {
                return notFound(access);
            }
            return access.sharing().stream().filter(s -> s.shares(reader.agency().get(), part, today)).findFirst()
                    .<Access>map(s -> granted("sharing-agreement " + s.agreementId())).orElseGet(() -> notFound(access));
        }
        if (access.restriction().filter(r -> r.inForceOn(today) && r.restrictedTo().contains(reader.subject()))
                .isPresent()) {
            return part == Part.VICTIMS && !victimWork(reader) ? victimsRefused() : granted("restricted-to");
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

    private static Refused notFound(CaseAccess access) {
        return new Refused(404, "not-found", "no person " + access.crn() + " is known to you");
    }
}
