package org.desist.cases.person;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A row of the {@code people} read model (never an API model: see {@link PersonView}). */
@Entity
@Table(name = "people")
public class PersonRecord extends PanacheEntityBase {

    @Id
    public String crn;
    public String firstName;
    public String lastName;
    public LocalDate dateOfBirth;
    public String sex;
    public String ethnicity;
    public String pncNumber;
    public Boolean disability;
    public String religionOrBelief;
    public String sexualOrientation;
    public String genderIdentity;
    public Instant registeredAt;
    public String registeredBy;
}
