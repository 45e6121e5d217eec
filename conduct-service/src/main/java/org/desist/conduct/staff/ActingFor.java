package org.desist.conduct.staff;

import jakarta.enterprise.context.RequestScoped;
import org.desist.eventstore.http.CurrentActor;

/** Staff make their own declarations; the conduct officer may record them on anyone's behalf. */
@RequestScoped
public class ActingFor {

    private final CurrentActor actor;
    private final StaffRegister register;

    ActingFor(CurrentActor actor, StaffRegister register) {
        this.actor = actor;
        this.register = register;
    }

    /** Checks that the caller may record an entry for {@code staffId}, who must be on the register. */
    public void check(String staffId) {
        register.member(staffId);
        var caller = actor.actor();
        if (!caller.subject().equals(staffId) && !caller.role().equals("conduct-officer")) {
            throw new jakarta.ws.rs.ForbiddenException(caller.subject() + " may record entries only for themselves");
        }
    }
}
