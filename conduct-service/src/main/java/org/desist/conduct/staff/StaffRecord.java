package org.desist.conduct.staff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A row of the {@code staff} read model. */
@Entity
@Table(name = "staff")
public class StaffRecord extends PanacheEntityBase {

    @Id
    public String staffId;
    public String name;
    public String role;
    public String team;
    public String lineManager;
    /** When they left; null while they work here. */
    public LocalDate leftOn;
}
