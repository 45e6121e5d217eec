package org.desist.gateway.limits;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.desist.gateway.GatewayConfig;
import org.desist.gateway.access.BearerAccess;
import org.desist.gateway.http.Problem;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Each client gets its share: a token bucket per client (the token's {@code sub} or {@code azp}), refilled evenly. An
 * empty bucket answers 429 with the seconds until the next request would be accepted.
 */
@ApplicationScoped
public class ClientRateLimits {

    private final TokenBuckets buckets;
    private final String clientClaim;

    ClientRateLimits(GatewayConfig config) {
        this.buckets = new TokenBuckets(config.rateLimit().requests(), config.rateLimit().period(), System::nanoTime);
        this.clientClaim = config.rateLimit().clientClaim();
    }

    public void limit(RoutingContext context) {
        JsonWebToken token = context.get(BearerAccess.TOKEN);
        String client = client(token, context);
        long waitSeconds = buckets.take(client);
        if (waitSeconds > 0) {
            context.response().putHeader("Retry-After", Long.toString(waitSeconds));
            Problem.of(429, "rate-limited", "Too many requests",
                    "this client has used its share of requests for now: retry after " + waitSeconds + " s").answer(context.response());
            return;
        }
        context.next();
    }

    private String client(JsonWebToken token, RoutingContext context) {
        if (token == null) {
            // a caller of an open operation without a token is known only by where it calls from
            return "anonymous:" + context.request().remoteAddress().hostAddress();
        }
        Object claim = token.getClaim(clientClaim);
        return claim == null ? "sub:" + token.getSubject() : clientClaim + ":" + claim;
    }

    /** The buckets, by client; pure apart from the clock, so that it can be tested without a server. */
    static final class TokenBuckets {

        private record Bucket(double tokens, long at) {
        }

        private final Map<String, Bucket> byClient = new ConcurrentHashMap<>();
        private final double capacity;
        private final double perNano;
        private final java.util.function.LongSupplier clock;

        TokenBuckets(int requests, java.time.Duration period, java.util.function.LongSupplier clock) {
            this.capacity = requests;
            this.perNano = requests / (double) period.toNanos();
            this.clock = clock;
        }

        /** Takes one token for the client: 0 when taken, else the whole seconds to wait for the next one. */
        long take(String client) {
            long now = clock.getAsLong();
            long[] wait = {0};
            byClient.compute(client, (key, bucket) -> {
                double tokens = bucket == null ? capacity : Math.min(capacity, bucket.tokens() + (now - bucket.at()) * perNano);
                if (tokens >= 1) {
                    return new Bucket(tokens - 1, now);
                }
                wait[0] = Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
                return new Bucket(tokens, now);
            });
            if (byClient.size() > 100_000) {
                forgetFull(now);
            }
            return wait[0];
        }

        // A client whose bucket has refilled is indistinguishable from a new one: forgetting it bounds memory.
        private void forgetFull(long now) {
            byClient.entrySet().removeIf(e -> e.getValue().tokens() + (now - e.getValue().at()) * perNano >= capacity);
        }
    }
}
