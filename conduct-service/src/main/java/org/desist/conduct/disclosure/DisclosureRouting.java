package org.desist.conduct.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.desist.conduct.staff.StaffRecord;

/** Whom a disclosure goes to, from the roles of those it implicates and the reporter's line of management. */
@ApplicationScoped
public class DisclosureRouting {

    /** What routing needs to know of a member of staff. */
    record Staff(String role, Optional<String> lineManager) {
    }

    Recipient recipient(Optional<String> reporter, List<String> implicated) {
        return route(reporter, implicated, staffId -> Optional.ofNullable(StaffRecord.<StaffRecord>findById(staffId))
                .map(row -> new Staff(row.role, Optional.ofNullable(row.lineManager))));
    }

    /**
     * Up the reporter's line of management as far as the disclosure officer (or the top): an implicated manager on it
     * sends the disclosure past them. An anonymous reporter has no line of management to walk.
     */
    static Recipient route(Optional<String> reporter, List<String> implicated, Function<String, Optional<Staff>> register) {
        Set<String> implicatedRoles = new HashSet<>();
        for (String staffId : implicated) {
            register.apply(staffId).ifPresent(member -> implicatedRoles.add(member.role()));
        }
        boolean managementImplicated = false;
        Set<String> seen = new HashSet<>();
        Optional<String> current = reporter;
        while (current.isPresent() && seen.add(current.get())) {
            Optional<Staff> member = register.apply(current.get());
            if (member.isEmpty() || member.get().role().equals(Recipient.DISCLOSURE_OFFICER.role())) {
                break;
            }
            Optional<String> manager = member.get().lineManager();
            managementImplicated |= manager.filter(implicated::contains).isPresent();
            current = manager;
        }
        return Recipient.route(implicatedRoles, managementImplicated);
    }
}
