package org.desist.conduct.board;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.http.CurrentActor;

/** Who acts on the board's registers: a board member, the board secretary, or a member of staff. */
@RequestScoped
public class BoardActor {

    static final String MEMBER = "board-member";
    static final String SECRETARY = "board-secretary";

    private final CurrentActor actor;
    private final SecurityIdentity identity;

    BoardActor(CurrentActor actor, SecurityIdentity identity) {
        this.actor = actor;
        this.identity = identity;
    }

    String subject() {
        return actor.actor().subject();
    }

    boolean isSecretary() {
        return identity.hasRole(SECRETARY);
    }

    /** The caller is this board member. */
    boolean is(String memberId) {
        return identity.hasRole(MEMBER) && subject().equals(memberId);
    }

    /** The board member, or the board secretary whom members notify (002_d7d6c09e19b6ddeb.txt board code 8). */
    void mayRecordFor(String memberId) {
        if (!is(memberId) && !isSecretary()) {
            throw new jakarta.ws.rs.ForbiddenException("a board member's interests are declared by them or recorded by the "
                    + "board secretary");
        }
    }

    CommandMetadata metadata() {
        return actor.metadata();
    }
}
