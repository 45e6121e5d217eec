package org.desist.conduct.board;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.board.BoardInterestEvent.BoardInterestAmended;
import org.desist.conduct.board.BoardInterestEvent.BoardInterestDeclared;
import org.desist.conduct.board.BoardInterestEvent.BoardInterestWithdrawn;
import org.desist.conduct.board.BoardInterestEvent.InterestKind;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;

/** A board member's declared interests, each as its latest event says. */
public record BoardInterests(Map<UUID, BoardInterestEvent> latest) {

    public static final Aggregate<BoardInterests, BoardInterestEvent> AGGREGATE = new Aggregate<>(BoardInterestEvent.class,
            new BoardInterests(Map.of()), BoardInterests::evolve);

    static BoardInterests evolve(BoardInterests state, BoardInterestEvent event) {
        Map<UUID, BoardInterestEvent> latest = new LinkedHashMap<>(state.latest());
        switch (event) {
            case BoardInterestDeclared d -> latest.put(d.interestId(), d);
            case BoardInterestAmended a -> latest.put(a.interestId(), a);
            case BoardInterestWithdrawn w -> latest.put(w.interestId(), w);
        }
        return new BoardInterests(Map.copyOf(latest));
    }

    /** Board members are not staff: their streams are named apart from staff ids. */
    public static StreamId stream(String memberId) {
        return StreamId.of("board-member", "board-member:" + memberId);
    }

    /**
     * 002_d7d6c09e19b6ddeb.txt board code 2.vi, 8: a member serving on the board declares an interest, or the secretary
     * records it.
     */
    static List<BoardInterestEvent> declare(BoardMembership membership, UUID interestId, String memberId,
            InterestKind kind, String details, LocalDate date) {
        membership.mustServe(memberId, "memberId");
        return List.of(new BoardInterestDeclared(interestId, memberId, kind, details.strip(), date));
    }

    List<BoardInterestEvent> amend(BoardMembership membership, String memberId, UUID interestId, InterestKind kind,
            String details, LocalDate date, String reason) {
        current(memberId, interestId);
        membership.mustServe(memberId, "memberId");
        return List.of(new BoardInterestAmended(interestId, memberId, kind, details, date, reason));
    }

    List<BoardInterestEvent> withdraw(String memberId, UUID interestId, LocalDate endedOn, String reason) {
        LocalDate since = current(memberId, interestId);
        if (endedOn.isBefore(since)) {
            throw new InvalidField("endedOn", "not-before-the-interest", "the interest was declared as from " + since
                    + "; it cannot have ended before that", null);
        }
        return List.of(new BoardInterestWithdrawn(interestId, memberId, endedOn, reason));
    }

    /** The interest's date, when it is declared and not withdrawn. */
    private LocalDate current(String memberId, UUID interestId) {
        return switch (Optional.ofNullable(latest.get(interestId))
                .orElseThrow(() -> new NotFound(memberId + " has declared no interest " + interestId))) {
            case BoardInterestDeclared d -> d.date();
            case BoardInterestAmended a -> a.date();
            case BoardInterestWithdrawn w -> throw new RuleViolated("board-interest-withdrawn", "interest " + interestId
                    + " was withdrawn (ended " + w.endedOn() + "); declare a new one instead",
                    "002_d7d6c09e19b6ddeb.txt board code 2.vi");
        };
    }
}
