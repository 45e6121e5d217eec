package org.desist.conduct.gift;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code people_on_probation}: a CRN on case-service's register and its {@code PersonMatchKey}. */
@Entity
@Table(name = "people_on_probation")
public class PersonOnProbationRecord extends PanacheEntityBase {

    @Id
    public String crn;
    public String donorKey;
}
