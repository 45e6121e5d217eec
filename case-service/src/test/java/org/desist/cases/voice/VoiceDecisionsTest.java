package org.desist.cases.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.desist.cases.voice.VoiceEvent.ConfidentialityExplained;
import org.desist.cases.voice.VoiceEvent.FeedbackGiven;
import org.junit.jupiter.api.Test;

/** Given what the person was told and said, when they are told again or give feedback, then these events. */
class VoiceDecisionsTest {

    static Voice given(VoiceEvent... events) {
        return Voice.AGGREGATE.fold(Voice.AGGREGATE.initial(), List.of(events));
    }

    @Test
    void everyTellingIsKept_andThePersonIsInformedOnceTold_002_6_4() {
        assertThat(given().informed()).isFalse();
        assertThat(given().explain(NoticeChannel.IN_PERSON)).containsExactly(new ConfidentialityExplained(NoticeChannel.IN_PERSON));
        Voice told = given(new ConfidentialityExplained(NoticeChannel.ACKNOWLEDGED_ONLINE),
                new ConfidentialityExplained(NoticeChannel.IN_PERSON));
        assertThat(told.informed()).isTrue();
        assertThat(told.told()).containsExactly(NoticeChannel.ACKNOWLEDGED_ONLINE, NoticeChannel.IN_PERSON);
    }

    @Test
    void feedbackIsKeptInOrder_000_3_4() {
        UUID first = UUID.randomUUID();
        FeedbackGiven given = new FeedbackGiven(first, FeedbackTopic.PLAN, "later appointments");
        assertThat(given().giveFeedback(first, FeedbackTopic.PLAN, "  later appointments ")).containsExactly(given);
        FeedbackGiven second = new FeedbackGiven(UUID.randomUUID(), FeedbackTopic.SUPERVISION, "helpful");
        assertThat(given(given, second).feedback()).containsExactly(given, second);
    }
}
