package org.desist.conduct.board;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.command.CommandHandler;

/** The board secretary's roster of board members, and what the board's registers ask of it. */
@ApplicationScoped
public class BoardRoster {

    private final CommandHandler commands;

    BoardRoster(CommandHandler commands) {
        this.commands = commands;
    }

    /** The member's record version after the appointment; {@code seen} is 0 for someone never on the roster. */
    public long appoint(String memberId, LocalDate on, ExpectedVersion seen, CommandMetadata metadata) {
        return commands.startOrUpdate(BoardInterests.stream(memberId), seen, BoardMembership.AGGREGATE,
                membership -> membership.appoint(memberId, on), metadata).version();
    }

    public long standDown(String memberId, LocalDate on, ExpectedVersion expected, CommandMetadata metadata) {
        return commands.startOrUpdate(BoardInterests.stream(memberId), expected, BoardMembership.AGGREGATE,
                membership -> membership.standDown(memberId, on), metadata).version();
    }

    /** Where the member stands on the roster, read from the log. */
    public BoardMembership membership(String memberId) {
        return commands.load(BoardInterests.stream(memberId).id(), BoardMembership.AGGREGATE).state();
    }
}
