package org.desist.eventstore.projection;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.desist.eventstore.http.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses an operation marked {@link ReadsProjection} while one of its read models is being rebuilt: the table then
 * holds only the part of the log replayed so far, so an answer from it would be silently incomplete. The rebuild runs
 * beside live traffic and ends by itself; the caller is told to come back.
 */
@Singleton
public class RebuildingReadModels {

    static final String RETRY_AFTER_SECONDS = "5";

    private final Projections projections;
    private final Map<Method, List<String>> read = new ConcurrentHashMap<>();

    RebuildingReadModels(Projections projections) {
        this.projections = projections;
    }

    /** After matching, on the operation's own thread: it reads the database, so never on the event loop. */
    @ServerRequestFilter
    public Response refuseWhileRebuilding(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        List<String> names = read.computeIfAbsent(method, m -> namesOn(m, resource.getResourceClass()));
        if (names.isEmpty()) {
            return null;
        }
        return projections.rebuilding(names).map(RebuildingReadModels::unavailable).orElse(null);
    }

    static Response unavailable(Projections.Rebuilding rebuilding) {
        return Response.fromResponse(Problem.of(Status.SERVICE_UNAVAILABLE, "read-model-rebuilding",
                        "Read model being rebuilt", "the " + rebuilding.name() + " read model is being rebuilt ("
                                + rebuilding.replayed() + " events replayed); try again in a few seconds")
                .toResponse()).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    /**
     * A misspelt name would never be rebuilding and the guard would silently never apply: the service does not start.
     * Resources (their operations too) and consumers alike.
     */
    void checkNames(@Observes StartupEvent started, BeanManager beans) {
        List<String> known = projections.names();
        List<String> wrong = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Set<String> named = new LinkedHashSet<>(namesOn(type));
            if (type.isAnnotationPresent(Path.class)) {
                for (Method method : type.getDeclaredMethods()) {
                    named.addAll(namesOn(method));
                }
            }
            named.stream().filter(name -> !known.contains(name))
                    .forEach(name -> wrong.add(type.getSimpleName() + " reads " + name));
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("@ReadsProjection names read models this service does not have ("
                    + String.join("; ", wrong) + "); its projections are " + known);
        }
    }

    /** What the operation and its resource class say it reads. */
    private static List<String> namesOn(Method method, Class<?> resourceClass) {
        Set<String> names = new LinkedHashSet<>(namesOn(method));
        names.addAll(namesOn(resourceClass == null ? method.getDeclaringClass() : resourceClass));
        return List.copyOf(names);
    }

    private static List<String> namesOn(AnnotatedElement element) {
        ReadsProjection reads = element.getAnnotation(ReadsProjection.class);
        return reads == null ? List.of() : List.of(reads.value());
    }
}
