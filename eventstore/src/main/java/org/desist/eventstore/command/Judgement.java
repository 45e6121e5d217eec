package org.desist.eventstore.command;

/**
 * An event that records a professional judgement carries its rationale, which the log keeps as metadata
 * (000_c72660e7df92b92e.txt 8.5: judgements are accountable).
 */
public interface Judgement {

    String rationale();
}
