package org.desist.cases.sentence;

/** How an order or licence ended. */
public enum TerminationReason {
    COMPLETED,
    REVOKED,
    BREACHED
}
