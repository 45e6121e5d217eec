package org.desist.conduct.gift;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A row of the {@code gift_register} read model. */
@Entity
@Table(name = "gift_register")
public class GiftRecord extends PanacheEntityBase {

    @Id
    public UUID offerId;
    public String staffId;
    public String donorType;
    public String crn;
    public String description;
    public BigDecimal value;
    public Instant offeredAt;
    public String status;
    public String kind;
    public String offeredTo;
    public String direction;
    public String lineManager;
    public String rationale;
    public String decidedBy;
}
