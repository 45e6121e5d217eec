package org.desist.conduct.gift;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.desist.eventstore.command.Upcaster;

/** Reads offers stored before 7.4's kinds, family members and gifts given were recorded: a gift the employee received. */
@ApplicationScoped
public class GiftUpcasters {

    @Produces
    @Singleton
    Upcaster declinedV1() {
        return new ToVersion2("conduct.gift-offer.declined");
    }

    @Produces
    @Singleton
    Upcaster recordedV1() {
        return new ToVersion2("conduct.gift-offer.recorded");
    }

    /** Version 1 of either offer event read as version 2. */
    record ToVersion2(String type) implements Upcaster {

        @Override
        public int fromVersion() {
            return 1;
        }

        @Override
        public ObjectNode upcast(ObjectNode payload) {
            payload.put("kind", GiftEvent.Kind.GIFT.name());
            payload.put("offeredTo", GiftEvent.OfferedTo.EMPLOYEE.name());
            if (type.equals("conduct.gift-offer.recorded")) {
                payload.put("direction", GiftEvent.Direction.RECEIVED.name());
                payload.put("acceptanceRefused", false);
            }
            return payload;
        }
    }
}
