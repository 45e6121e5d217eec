package org.desist.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final AtomicLong now = new AtomicLong();
    private final ClientRateLimits.TokenBuckets buckets = new ClientRateLimits.TokenBuckets(3, Duration.ofSeconds(30), now::get);

    @Test
    void aClientMaySpendItsWholeShareAtOnce_thenWaitsForTheNextToken() {
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isEqualTo(10);
    }

    @Test
    void theBucketRefillsEvenlyOverThePeriod() {
        for (int i = 0; i < 3; i++) {
            buckets.take("a");
        }
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(buckets.take("a")).isEqualTo(6);
        now.addAndGet(Duration.ofSeconds(6).toNanos());
        assertThat(buckets.take("a")).isZero();
    }

    @Test
    void clientsDoNotShareABucket() {
        for (int i = 0; i < 3; i++) {
            buckets.take("a");
        }
        assertThat(buckets.take("b")).isZero();
    }
}
