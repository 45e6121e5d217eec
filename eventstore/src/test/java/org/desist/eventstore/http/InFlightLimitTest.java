package org.desist.eventstore.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The limiter alone: places up to the limit, none beyond, and each place given back is free again. */
class InFlightLimitTest {

    private static InFlightLimit limitOf(int max) {
        return new InFlightLimit(new BodyLimit.HttpLimits() {
            @Override
            public long maxBodyBytes() {
                return 1024;
            }

            @Override
            public int maxUriLength() {
                return 1024;
            }

            @Override
            public int maxHeaderBytes() {
                return 1024;
            }

            @Override
            public int maxInFlight() {
                return max;
            }
        });
    }

    @Test
    void admitsUpToTheLimitAndNoMore() {
        InFlightLimit limit = limitOf(2);
        assertThat(limit.tryEnter()).isTrue();
        assertThat(limit.tryEnter()).isTrue();
        assertThat(limit.tryEnter()).isFalse();
        assertThat(limit.tryEnter()).isFalse();
        assertThat(limit.inFlight()).isEqualTo(2);
    }

    @Test
    void recoversAsRequestsFinish() {
        InFlightLimit limit = limitOf(1);
        assertThat(limit.tryEnter()).isTrue();
        assertThat(limit.tryEnter()).isFalse();
        limit.leave();
        assertThat(limit.inFlight()).isZero();
        assertThat(limit.tryEnter()).isTrue();
    }
}
