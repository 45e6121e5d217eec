package org.desist.cases.voice;

import java.util.UUID;
import org.desist.eventstore.command.EventType;

/** The person on probation's own voice on their supervision, and what they were told about confidentiality. */
public sealed interface VoiceEvent {

    /** The person was advised that the relationship is not wholly confidential (002 6.4): in person, or by reading it. */
    @EventType("probation-case.confidentiality.explained")
    record ConfidentialityExplained(NoticeChannel channel) implements VoiceEvent {
    }

    /** The person's feedback on their supervision or their plan (000 3.4), for their officer. */
    @EventType("probation-case.feedback.given")
    record FeedbackGiven(UUID feedbackId, FeedbackTopic about, String text) implements VoiceEvent {
    }
}
