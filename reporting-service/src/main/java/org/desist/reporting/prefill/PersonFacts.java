package org.desist.reporting.prefill;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.desist.eventstore.projection.ReadModelSql;
import org.desist.reporting.report.Fact;

/**
 * What the platform knows about a person, as a draft is pre-filled with it: each fact from one consumed event of
 * case-service or risk-service, citing it. Also the people case-service registered, to match a request by PNC.
 */
@ApplicationScoped
public class PersonFacts {

    private final AgroalDataSource dataSource;
    private final ReadModelSql sql;

    PersonFacts(AgroalDataSource dataSource, ReadModelSql sql) {
        this.dataSource = dataSource;
        this.sql = sql;
    }

    /** The person's facts, oldest first within each section. */
    public List<Fact> about(String crn) {
        List<Fact> facts = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT section, text, service, stream, version, event_type FROM person_facts WHERE crn = ? "
                        + "ORDER BY section, occurred_at, version")) {
            select.setString(1, crn);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    facts.add(new Fact(row.getString(1), row.getString(2), new Fact.Source(row.getString(3),
                            row.getString(4), row.getLong(5), row.getString(6))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the facts about " + crn, e);
        }
        return List.copyOf(facts);
    }

    /** Keeps a fact; the same event twice is one fact. */
    void keep(String crn, Fact fact, String eventId, Instant occurredAt) {
        sql.update("INSERT INTO person_facts (crn, section, text, service, stream, version, event_type, event_id, occurred_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", crn, fact.section(), fact.text(),
                fact.source().service(), fact.source().stream(), fact.source().version(), fact.source().eventType(),
                eventId, Timestamp.from(occurredAt));
    }

    void registered(String crn, Optional<String> pnc) {
        sql.update("INSERT INTO people (crn, pnc) VALUES (?, ?) ON CONFLICT (crn) DO UPDATE SET pnc = EXCLUDED.pnc", crn,
                pnc.orElse(null));
    }

    /** The CRN of the person case-service registered with this PNC, if exactly one. */
    public Optional<String> crnOfPnc(String pnc) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT crn FROM people WHERE pnc = ? LIMIT 2")) {
            select.setString(1, pnc);
            try (ResultSet row = select.executeQuery()) {
                Optional<String> first = row.next() ? Optional.of(row.getString(1)) : Optional.empty();
                return row.next() ? Optional.empty() : first;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not look up PNC " + pnc, e);
        }
    }
}
