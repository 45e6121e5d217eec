package org.desist.cases.enforcement;

import jakarta.enterprise.context.ApplicationScoped;
import org.desist.cases.sentence.SentenceEvent;
import org.desist.cases.sentence.SentenceEvent.OrderTerminated;
import org.desist.cases.sentence.SentenceEvent.ReleaseOnLicenceScheduled;
import org.desist.cases.sentence.SentenceEvent.SentenceRecorded;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.command.Policy;

/**
 * Breach is always against an order or licence in force: when one starts, is recorded late or ends, enforcement judges
 * the person's failures again (a breach due on an order that ended is withdrawn).
 */
@ApplicationScoped
class OrdersInForce implements Policy<SentenceEvent> {

    private final EnforcementActions enforcement;

    OrdersInForce(EnforcementActions enforcement) {
        this.enforcement = enforcement;
    }

    @Override
    public Class<SentenceEvent> family() {
        return SentenceEvent.class;
    }

    @Override
    public void react(StoredEvent stored, SentenceEvent event, CommandMetadata caused) {
        switch (event) {
            case SentenceRecorded recorded -> enforcement.judge(stored.stream().id(), "sentence "
                    + recorded.sentenceId() + " was recorded", caused);
            case ReleaseOnLicenceScheduled release -> enforcement.judge(stored.stream().id(), "release on licence "
                    + "was scheduled for " + release.releaseDate(), caused);
            case OrderTerminated terminated -> enforcement.judge(stored.stream().id(), "order "
                    + terminated.sentenceId() + " ended (" + terminated.reason() + ") on " + terminated.terminatedOn()
                    + ": breach is only ever against an order or licence in force", caused);
            default -> {
                // requirements and hours worked do not change which orders are in force
            }
        }
    }
}
