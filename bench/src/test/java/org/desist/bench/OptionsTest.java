package org.desist.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void defaultsAreTheIssuesFigures() {
        Options options = Options.parse(new String[0], new Properties());
        assertThat(options).isEqualTo(new Options(100_000, 1000, 8, 10, 5000, "desist_bench", "append"));
    }

    @Test
    void argumentsOverrideSystemProperties() {
        Properties system = new Properties();
        system.setProperty("bench.events", "7000");
        system.setProperty("bench.threads", "2");
        Options options = Options.parse(new String[] {"--events=5000", "--streams", "40", "--batch", "5"}, system);
        assertThat(options).isEqualTo(new Options(5000, 40, 2, 5, 5000, "desist_bench", "append"));
    }

    @Test
    void refusesToDropADatabaseThatIsNotABenchOne() {
        assertThatThrownBy(() -> Options.parse(new String[] {"--database=desist_case"}, new Properties()))
                .hasMessageContaining("bench");
    }

    @Test
    void everyThreadOwnsAStream() {
        assertThatThrownBy(() -> Options.parse(new String[] {"--streams=4", "--threads=8"}, new Properties()))
                .hasMessageContaining("--streams");
    }

    @Test
    void streamsAreSplitDisjointlyAndCompletelyBetweenLanes() {
        String[] all = new String[0];
        for (int lane = 0; lane < 3; lane++) {
            String[] mine = Lane.streamsOf("k-", lane, 3, 10);
            String[] joined = Arrays.copyOf(all, all.length + mine.length);
            System.arraycopy(mine, 0, joined, all.length, mine.length);
            all = joined;
        }
        assertThat(all).hasSize(10).doesNotHaveDuplicates().contains("k-000000", "k-000009");
    }
}
