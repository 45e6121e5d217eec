package org.desist.cases.sentence;

/** The court outcomes probation supervises: community orders, suspended sentence orders, and custody then licence. */
public enum SentenceType {
    COMMUNITY_ORDER,
    SUSPENDED_SENTENCE_ORDER,
    CUSTODY
}
