package org.desist.eventstore.subjectaccess;

import java.util.HashSet;
import java.util.Set;

/**
 * The people a service knows by name other than the person asking, to be redacted wherever their names appear in the
 * answer's text: other people (other people on probation, victims) and staff where the service knows staff names.
 * {@code own}: the person's own names, never redacted, even when someone else shares them.
 */
public record ThirdParties(Set<String> people, Set<String> staff, Set<String> own) {

    public static final ThirdParties NONE = new ThirdParties(Set.of(), Set.of(), Set.of());

    public ThirdParties {
        people = Set.copyOf(people);
        staff = Set.copyOf(staff);
        own = Set.copyOf(own);
    }

    /** What two services (or two sources of one service) know, together. */
    public ThirdParties and(ThirdParties other) {
        return new ThirdParties(union(people, other.people), union(staff, other.staff), union(own, other.own));
    }

    public boolean isEmpty() {
        return people.isEmpty() && staff.isEmpty();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.addAll(b);
        return both;
    }
}
