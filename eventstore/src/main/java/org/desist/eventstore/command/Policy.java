package org.desist.eventstore.command;

import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.StoredEvent;

/**
 * A rule of one feature that reacts to events of another, named for what it does ({@code FailuresToComply}). The
 * {@link CommandHandler} hands it each appended event of its family, decoded once, inside the appending transaction:
 * what it writes commits with the event that caused it, or neither does. It writes only through the command handler,
 * with {@code caused} as its metadata (the event as cause, the command's actor and correlation). Policies are never
 * replayed: a rebuild replays projections, not decisions.
 */
public interface Policy<E> {

    /** The sealed event family it listens to. */
    Class<E> family();

    void react(StoredEvent stored, E event, CommandMetadata caused);
}
