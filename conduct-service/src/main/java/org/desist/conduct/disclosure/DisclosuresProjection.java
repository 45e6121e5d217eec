package org.desist.conduct.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.projection.Projection;

/** Keeps {@code disclosures}. */
@ApplicationScoped
public class DisclosuresProjection implements Projection<DisclosureEvent> {

    @Override
    public String name() {
        return "disclosures";
    }

    @Override
    public Class<DisclosureEvent> family() {
        return DisclosureEvent.class;
    }

    @Override
    public void apply(StoredEvent stored, DisclosureEvent event) {
        switch (event) {
            case DisclosureEvent.DisclosureMade made -> {
                DisclosureRecord row = new DisclosureRecord();
                row.disclosureId = made.disclosureId();
                row.receiptHash = made.receiptHash();
                row.summary = made.summary();
                row.concerns = made.concerns();
                row.implicated = String.join(",", made.implicated());
                row.reporter = made.reporter().orElse(null);
                row.routedTo = made.routedTo();
                row.status = DisclosureEvent.Status.RECEIVED.name();
                row.madeAt = stored.recordedAt();
                row.information = "";
                row.persist();
            }
            case DisclosureEvent.InformationAdded added -> {
                DisclosureRecord row = DisclosureRecord.findById(added.disclosureId());
                row.information = row.information.isEmpty() ? added.information()
                        : row.information + "\n---\n" + added.information();
            }
            case DisclosureEvent.DisclosureStatusChanged changed -> {
                DisclosureRecord row = DisclosureRecord.findById(changed.disclosureId());
                row.status = changed.status().name();
            }
        }
    }

    @Override
    public void reset() {
        DisclosureRecord.deleteAll();
    }
}
