package org.desist.cases.voice;

/** What the feedback is about. */
public enum FeedbackTopic {
    SUPERVISION, PLAN
}
