package org.desist.eventstore.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What decides who may open one person's case, as case-service's events last said: to whom and which team it is
 * allocated, its exclusion or restriction list, whether a court has asked for a report, and its sharing agreements.
 */
public record CaseAccess(String crn, Optional<String> staffId, Optional<String> team, Optional<Restriction> restriction,
        boolean courtRequested, List<Sharing> sharing) {

    public CaseAccess {
        sharing = List.copyOf(sharing);
    }

    /** A case this service has heard nothing about: unallocated, unrestricted, shared with nobody. */
    public static CaseAccess unknown(String crn) {
        return new CaseAccess(crn, Optional.empty(), Optional.empty(), Optional.empty(), false, List.of());
    }

    /**
     * As National Delius's limited-access cases: staff {@code excluded} must not see the case; a non-empty
     * {@code restrictedTo} means only they may. In force from {@code from} until {@code until}, if given.
     */
    public record Restriction(Set<String> excluded, Set<String> restrictedTo, LocalDate from, Optional<LocalDate> until,
            String message) {

        public Restriction {
            excluded = Set.copyOf(excluded);
            restrictedTo = Set.copyOf(restrictedTo);
        }

        public boolean inForceOn(LocalDate day) {
            return !day.isBefore(from) && until.map(end -> !day.isAfter(end)).orElse(true)
                    && (!excluded.isEmpty() || !restrictedTo.isEmpty());
        }

        /** Whether it keeps this member of staff out. */
        public boolean keepsOut(String staffId) {
            return excluded.contains(staffId) || !restrictedTo.isEmpty() && !restrictedTo.contains(staffId);
        }
    }

    /** An agreement to share parts of the case with one partner agency, until it expires or is withdrawn. */
    public record Sharing(UUID agreementId, String agency, Set<String> scope, String basis, LocalDate expiresOn,
            boolean withdrawn) {

        public Sharing {
            scope = Set.copyOf(scope);
        }

        public boolean shares(String agency, Part part, LocalDate day) {
            return inForceFor(agency, day)
                    && scope.stream().map(Part::shareable).flatMap(Optional::stream).anyMatch(part::equals);
        }

        /** Whether it is an agreement with this agency, neither withdrawn nor expired on that day. */
        public boolean inForceFor(String agency, LocalDate day) {
            return !withdrawn && this.agency.equals(agency) && !day.isAfter(expiresOn);
        }
    }
}
