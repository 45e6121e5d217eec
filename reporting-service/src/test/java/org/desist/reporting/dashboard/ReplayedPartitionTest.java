package org.desist.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.desist.reporting.dashboard.ReplayedPartition.Action;
import org.junit.jupiter.api.Test;

/** A rebuild's replay of one partition, without Kafka: nothing is applied out of order, and it knows when it is done. */
class ReplayedPartitionTest {

    @Test
    void recordsDeliveredFromBeforeTheSeekAreHeldBack_untilTheReplayReachesItsFirstRecord() {
        // given a partition of 100 records, the consumer at 90 when the rebuild sought it back to 0
        ReplayedPartition p = ReplayedPartition.from("desist.case.events", 0, 0, 100).sought();

        // when 90 and 91 still arrive from before the seek, they are held back (they come again, in order)
        assertThat(p.receive(90).action()).isEqualTo(Action.HOLD_BACK);
        assertThat(p.receive(91).action()).isEqualTo(Action.HOLD_BACK);

        // then the replay starts with record 0, and goes on in the order the consumer reads
        ReplayedPartition.Step first = p.receive(0);
        assertThat(first.action()).isEqualTo(Action.HANDLE);
        assertThat(first.after().receive(1).action()).isEqualTo(Action.HANDLE);
        assertThat(first.after().next()).isEqualTo(1);
        assertThat(first.after().replayed()).isEqualTo(1);
        assertThat(first.after().lag()).isEqualTo(99);
    }

    @Test
    void aReplayIsDoneOnceItReachesWhereThePartitionEndedWhenTheRebuildBegan_laterRecordsAreLive() {
        ReplayedPartition p = new ReplayedPartition("desist.risk.events", 1, 0, 3, 2, true);

        ReplayedPartition.Step last = p.receive(2);

        assertThat(last.after().done()).isTrue();
        assertThat(last.after().lag()).isZero();
        assertThat(last.after().sought().receive(57).action()).as("live, not held back").isEqualTo(Action.HANDLE);
    }

    @Test
    void aReplayStoppedHalfway_resumesFromItsLastRecordNotFromTheConsumersOldPosition() {
        // given progress stored at 40 of 100, and a restarted consumer whose committed offset was at the end
        ReplayedPartition stored = new ReplayedPartition("desist.case.events", 2, 0, 100, 40, false);

        assertThat(stored.receive(100).action()).isEqualTo(Action.HOLD_BACK);
        assertThat(stored.receive(40).action()).isEqualTo(Action.HANDLE);
    }

    @Test
    void anEmptyPartitionHasNothingToReplay() {
        ReplayedPartition empty = ReplayedPartition.from("desist.case.monitoring", 0, 5, 5);

        assertThat(empty.done()).isTrue();
        assertThat(empty.receive(5).action()).isEqualTo(Action.HANDLE);
    }
}
