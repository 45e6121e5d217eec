package org.desist.eventstore.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.Arrays;
import java.util.List;

/** The problems of a refused caller (401 and 403), said the same way wherever the refusal happens. */
final class AccessRefused {

    static final String CHALLENGE = "WWW-Authenticate";
    private static final String SIGN_IN = "send an access token issued for the platform as Authorization: Bearer <token>";

    private AccessRefused() {
    }

    static Problem noToken() {
        return Problem.of(Status.UNAUTHORIZED, "unauthenticated", "Sign in", "sign in: " + SIGN_IN);
    }

    static Problem tokenRefused(String why) {
        return Problem.of(Status.UNAUTHORIZED, "token-refused", "Sign in", "the bearer token was refused (" + why
                + "): sign in again and " + SIGN_IN).withField("Authorization", "an access token issued for the platform");
    }

    static Problem forbidden(List<String> roles) {
        String who = roles.isEmpty() ? "your role does not allow it"
                : "only " + String.join(" or ", roles) + " may do this, and your token does not carry "
                        + (roles.size() == 1 ? "that role" : "any of those roles");
        return Problem.of(Status.FORBIDDEN, "forbidden", "Not allowed", who);
    }

    /**
     * A rule about whose record it is (the member of staff's own, their line manager's, a report's author's), not about
     * the caller's role: answered with the rule's own words, and a type of its own so that no one reads it as a role.
     */
    static Problem notYours(String why) {
        return Problem.of(Status.FORBIDDEN, "not-yours", "Not yours", why);
    }

    /** The refusal's own words, where the code that refused gave some (Quarkus's role checks give none). */
    static java.util.Optional<String> reason(String message) {
        return java.util.Optional.ofNullable(message).filter(m -> !m.isBlank() && !m.startsWith("HTTP 403"));
    }

    static List<String> roles(String[] allowed) {
        return allowed == null ? List.of() : Arrays.stream(allowed).filter(r -> !r.isBlank()).toList();
    }

    static Response challenge(Problem problem, String header) {
        return Response.fromResponse(problem.toResponse()).header(CHALLENGE, header).build();
    }
}
