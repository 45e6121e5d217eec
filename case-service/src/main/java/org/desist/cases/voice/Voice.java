package org.desist.cases.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.desist.cases.voice.VoiceEvent.ConfidentialityExplained;
import org.desist.cases.voice.VoiceEvent.FeedbackGiven;
import org.desist.eventstore.command.Aggregate;

/** What the person has been told and has said, as recorded. */
public record Voice(List<NoticeChannel> told, List<FeedbackGiven> feedback) {

    /**
     * 002_d7d6c09e19b6ddeb.txt 6.4: "service users are advised that the professional relationship is not totally
     * confidential e.g. information may be disclosed to prevent a crime or assist the police".
     */
    public static final String NOTICE = "What you tell your probation officer is not wholly confidential. Information may "
            + "be shared, for example to prevent a crime, to protect someone from harm or to assist the police, and with "
            + "partner agencies you agree to or where the law allows. Ask your officer if you want to know more.";

    public static final Aggregate<Voice, VoiceEvent> AGGREGATE =
            new Aggregate<>(VoiceEvent.class, new Voice(List.of(), List.of()), Voice::evolve);

    static Voice evolve(Voice state, VoiceEvent event) {
        return switch (event) {
            case ConfidentialityExplained explained -> new Voice(append(state.told(), explained.channel()), state.feedback());
            case FeedbackGiven given -> new Voice(state.told(), append(state.feedback(), given));
        };
    }

    public boolean informed() {
        return !told.isEmpty();
    }

    /** Recording that the person was told: every telling is kept, in person or acknowledged online. */
    public List<VoiceEvent> explain(NoticeChannel channel) {
        return List.of(new ConfidentialityExplained(channel));
    }

    public List<VoiceEvent> giveFeedback(UUID feedbackId, FeedbackTopic about, String text) {
        return List.of(new FeedbackGiven(feedbackId, about, text.strip()));
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list);
        longer.add(item);
        return List.copyOf(longer);
    }
}
