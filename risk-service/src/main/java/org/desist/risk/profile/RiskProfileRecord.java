package org.desist.risk.profile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code risk_profiles}: what case-service has told risk-service about a person. */
@Entity
@Table(name = "risk_profiles")
public class RiskProfileRecord extends PanacheEntityBase {

    @Id
    public String crn;
    public LocalDate dateOfBirth;
    public String sex;
    public Instant registeredAt;
    public Instant lastEventAt;
    public long caseVersion;
    public Integer previousSanctions;
    public LocalDate firstSanctionDate;
    public int laterConvictions;
    public String sentenceType;
    public LocalDate sentenceDate;
    public String offenceCode;
    public LocalDate releaseDate;
    public Boolean mandateForChange;
    public String team;
}
