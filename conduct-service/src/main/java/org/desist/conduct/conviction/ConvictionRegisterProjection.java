package org.desist.conduct.conviction;

import jakarta.enterprise.context.ApplicationScoped;
import org.desist.conduct.conviction.ConvictionEvent.ConvictionReviewed;
import org.desist.conduct.conviction.ConvictionEvent.ConvictionSelfReported;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.projection.Projection;

/**
 * Keeps {@code conviction_register}, the chief executive's register of the convictions and cautions staff report
 * (002_d7d6c09e19b6ddeb.txt 4.4: they "must be reported to the Chief Executive"), with the conduct officer's review.
 */
@ApplicationScoped
public class ConvictionRegisterProjection implements Projection<ConvictionEvent> {

    @Override
    public String name() {
        return "conviction-register";
    }

    @Override
    public Class<ConvictionEvent> family() {
        return ConvictionEvent.class;
    }

    @Override
    public void apply(StoredEvent stored, ConvictionEvent event) {
        switch (event) {
            case ConvictionSelfReported r -> {
                ConvictionRegisterRecord row = new ConvictionRegisterRecord();
                row.reportId = r.reportId();
                row.staffId = r.staffId();
                row.kind = r.kind().name();
                row.details = r.details();
                row.occurredOn = r.date();
                row.reportedAt = stored.recordedAt();
                row.reportedBy = stored.actor().subject();
                row.persist();
            }
            case ConvictionReviewed r -> {
                ConvictionRegisterRecord row = ConvictionRegisterRecord.findById(r.reportId());
                row.outcome = r.outcome().name();
                row.rationale = r.rationale();
                row.reviewedBy = stored.actor().subject();
                row.reviewedAt = stored.recordedAt();
            }
        }
    }

    @Override
    public void reset() {
        ConvictionRegisterRecord.deleteAll();
    }
}
