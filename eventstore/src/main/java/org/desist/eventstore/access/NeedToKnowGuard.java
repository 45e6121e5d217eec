package org.desist.eventstore.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.desist.eventstore.http.Problem;
import org.desist.eventstore.http.StorableText;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Applies {@link AccessRules} to every operation marked {@link NeedToKnow}, before it runs, and records each read and
 * each refusal in the {@link AccessLog} (a write that runs is an event of its own, naming who wrote it): a refusal is a 403 problem saying what to do next, or a 404 that does not disclose the person
 * exists (partners, the person on probation). A purpose is declared in the {@code X-Purpose} header.
 */
@Singleton
public class NeedToKnowGuard {

    public static final String PURPOSE = "X-Purpose";
    static final int LONGEST_PURPOSE = 500;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Optional<Part> UNMARKED = Optional.empty();

    private final CaseAccessRegister register;
    private final AccessLog log;
    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final Map<Method, Optional<Part>> parts = new ConcurrentHashMap<>();

    NeedToKnowGuard(CaseAccessRegister register, AccessLog log, SecurityIdentity identity, JsonWebToken token) {
        this.register = register;
        this.log = log;
        this.identity = identity;
        this.token = token;
    }

    /** After matching and the role checks, on the operation's own thread: it reads and writes the database. */
    @ServerRequestFilter
    public Response decide(ResourceInfo resource, ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        Optional<Part> part = parts.computeIfAbsent(method, m -> partOf(m, resource.getResourceClass()));
        String crn = request.getUriInfo().getPathParameters().getFirst("crn");
        if (part.isEmpty() || crn == null || identity.isAnonymous()) {
            return null;
        }
        Optional<String> purpose = Optional.ofNullable(request.getHeaderString(PURPOSE));
        if (purpose.filter(p -> p.length() > LONGEST_PURPOSE).isPresent()) {
            return Problem.of(Status.BAD_REQUEST, "invalid-field", "Invalid field", PURPOSE + " is at most "
                    + LONGEST_PURPOSE + " characters: say briefly why you need this case")
                    .withField(PURPOSE, "at most " + LONGEST_PURPOSE + " characters").toResponse();
        }
        Optional<StorableText.Fault> unstorable = purpose.flatMap(p -> StorableText.check(PURPOSE, p));
        if (unstorable.isPresent()) {
            return Problem.of(Status.BAD_REQUEST, "invalid-field", "Invalid field", unstorable.get().message())
                    .withField(PURPOSE, unstorable.get().rule()).toResponse();
        }
        Reader reader = reader();
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        Access access = read ? AccessRules.decide(reader, register.of(crn), part.get(), purpose, LocalDate.now(LONDON))
                : AccessRules.decideWrite(reader, register.of(crn), part.get(), purpose, LocalDate.now(LONDON));
        // Reads are what the access log is for; a write is already an event naming its actor, unless refused.
        if (read || access instanceof Access.Refused) {
            log.record(reader, crn, part.get(), request.getMethod() + " " + request.getUriInfo().getPath(), access);
        }
        return switch (access) {
            case Access.Granted granted -> null;
            case Access.Refused refused when refused.status() == 404 ->
                    Problem.of(Status.NOT_FOUND, "not-found", "Not found", refused.message()).toResponse();
            case Access.Refused refused ->
                    Problem.of(Status.FORBIDDEN, refused.rule(), "Not in your need to know", refused.message()).toResponse();
        };
    }

    /**
     * For an operation that learns whose record it reaches only once it runs (a report by its id): decides and records
     * the access as the guard does for {@code {crn}} paths, and refuses with {@link NotInNeedToKnow} (403) or a 404
     * that does not disclose the person.
     */
    public void require(String crn, Part part, String operation, Optional<String> purpose) {
        Reader reader = reader();
        Access access = AccessRules.decide(reader, register.of(crn), part, purpose, LocalDate.now(LONDON));
        log.record(reader, crn, part, operation, access);
        if (access instanceof Access.Refused refused) {
            if (refused.status() == 404) {
                throw new org.desist.eventstore.http.NotFound(refused.message());
            }
            throw new NotInNeedToKnow(refused.rule(), refused.message());
        }
    }

    /**
     * The items whose case the caller may open without declaring a purpose, in order: lists, searches and aggregates
     * never reveal a case to someone who cannot open it.
     */
    public <T> List<T> visible(List<T> items, Function<T, String> crn, Part part) {
        Reader reader = reader();
        LocalDate today = LocalDate.now(LONDON);
        return items.stream().filter(item -> AccessRules.decide(reader, register.of(crn.apply(item)), part,
                Optional.empty(), today) instanceof Access.Granted).toList();
    }

    /**
     * Whether limited access in force keeps the caller out of this case ({@link AccessRules#keptOut}), for a view that
     * names the case without reading it (a staff record naming a CRN): not an access to the case, so not logged.
     */
    public Optional<Access.Refused> keptOut(String crn) {
        return AccessRules.keptOut(reader(), register.of(crn), LocalDate.now(LONDON));
    }

    /** The caller as the token names them. */
    public Reader reader() {
        String subject = Optional.ofNullable(token.<String>getClaim("preferred_username"))
                .orElse(identity.getPrincipal().getName());
        return new Reader(subject, claim("name"), identity.getRoles(), claim("team"), claim("agency"), claim("crn"));
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString().replace("\"", ""));
    }

    private static Optional<Part> partOf(Method method, Class<?> resourceClass) {
        NeedToKnow marked = method.getAnnotation(NeedToKnow.class);
        if (marked == null) {
            marked = (resourceClass == null ? method.getDeclaringClass() : resourceClass).getAnnotation(NeedToKnow.class);
        }
        return marked == null ? UNMARKED : Optional.of(marked.value());
    }
}
