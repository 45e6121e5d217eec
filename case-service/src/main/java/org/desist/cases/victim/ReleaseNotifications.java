package org.desist.cases.victim;

import jakarta.enterprise.context.ApplicationScoped;
import org.desist.cases.sentence.SentenceEvent;
import org.desist.cases.sentence.SentenceEvent.ReleaseOnLicenceScheduled;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.command.Policy;

/**
 * A release on licence scheduled: victims in the contact scheme are owed its date and the licence conditions that
 * bear on them (003), so notifications fall due in the same transaction.
 */
@ApplicationScoped
class ReleaseNotifications implements Policy<SentenceEvent> {

    private final VictimWork victims;

    ReleaseNotifications(VictimWork victims) {
        this.victims = victims;
    }

    @Override
    public Class<SentenceEvent> family() {
        return SentenceEvent.class;
    }

    @Override
    public void react(StoredEvent stored, SentenceEvent event, CommandMetadata caused) {
        if (event instanceof ReleaseOnLicenceScheduled release) {
            victims.releaseScheduled(stored.stream().id(), release.releaseDate(),
                    String.join("; ", release.licenceConditions()), caused);
        }
    }
}
