package org.desist.cases.access;

import jakarta.enterprise.context.ApplicationScoped;
import org.desist.cases.person.PersonStreams;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.access.CaseAccessFeed;
import org.desist.eventstore.access.CaseAccessRegister;
import org.desist.eventstore.projection.Projection;

/**
 * Keeps the kernel's case access register from case-service's own log, through the same {@link CaseAccessFeed} the
 * other services apply to the events they consume: every service decides need-to-know from the same facts.
 */
@ApplicationScoped
public class CaseAccessProjection implements Projection<StoredEvent> {

    private final CaseAccessFeed feed;
    private final CaseAccessRegister register;

    CaseAccessProjection(CaseAccessFeed feed, CaseAccessRegister register) {
        this.feed = feed;
        this.register = register;
    }

    @Override
    public String name() {
        return "case-access";
    }

    @Override
    public Class<StoredEvent> family() {
        return StoredEvent.class;
    }

    @Override
    public void apply(StoredEvent stored, StoredEvent event) {
        if (PersonStreams.TYPE.equals(stored.stream().type()) && CaseAccessFeed.TYPES.contains(stored.type())) {
            feed.apply(stored.type(), stored.stream().id(), stored.payload());
        }
    }

    @Override
    public void reset() {
        register.reset();
    }
}
