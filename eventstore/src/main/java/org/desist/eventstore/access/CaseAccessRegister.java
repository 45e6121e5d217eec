package org.desist.eventstore.access;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.eventstore.EventStoreFailure;
import org.desist.eventstore.access.CaseAccess.Restriction;
import org.desist.eventstore.access.CaseAccess.Sharing;
import org.desist.eventstore.projection.ReadModelSql;

/** The service's copy of every case's access facts ({@code case_access}, {@code case_sharing}), kept by {@link CaseAccessFeed}. */
@ApplicationScoped
public class CaseAccessRegister {

    private final AgroalDataSource dataSource;
    private final ReadModelSql sql;

    CaseAccessRegister(AgroalDataSource dataSource, ReadModelSql sql) {
        this.dataSource = dataSource;
        this.sql = sql;
    }

    /** The case's facts; {@link CaseAccess#unknown} for a case this service has heard nothing about. */
    public CaseAccess of(String crn) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement facts = connection.prepareStatement("SELECT staff_id, team, excluded, restricted_to, "
                        + "restricted_from, restricted_until, restriction_message, court_requested FROM case_access "
                        + "WHERE crn = ?");
                PreparedStatement shared = connection.prepareStatement("SELECT agreement_id, agency, scope, basis, "
                        + "expires_on, withdrawn FROM case_sharing WHERE crn = ?")) {
            facts.setString(1, crn);
            shared.setString(1, crn);
            List<Sharing> sharing = new ArrayList<>();
            try (ResultSet row = shared.executeQuery()) {
                while (row.next()) {
                    sharing.add(new Sharing(row.getObject(1, UUID.class), row.getString(2), texts(row.getArray(3)),
                            row.getString(4), row.getDate(5).toLocalDate(), row.getBoolean(6)));
                }
            }
            try (ResultSet row = facts.executeQuery()) {
                if (!row.next()) {
                    return new CaseAccess(crn, Optional.empty(), Optional.empty(), Optional.empty(), false, sharing);
                }
                Date from = row.getDate(5);
                Optional<Restriction> restriction = from == null ? Optional.empty() : Optional.of(new Restriction(
                        texts(row.getArray(3)), texts(row.getArray(4)), from.toLocalDate(),
                        Optional.ofNullable(date(row, 6)), text(row, 7)));
                return new CaseAccess(crn, Optional.ofNullable(text(row, 1)), Optional.ofNullable(text(row, 2)),
                        restriction, row.getBoolean(8), sharing);
            }
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read who may open case " + crn, e);
        }
    }

    void allocated(String crn, String staffId, String team) {
        sql.update("INSERT INTO case_access (crn, staff_id, team) VALUES (?, ?, ?) ON CONFLICT (crn) DO UPDATE "
                + "SET staff_id = excluded.staff_id, team = excluded.team", crn, staffId, team);
    }

    void restricted(String crn, Restriction restriction) {
        sql.update("INSERT INTO case_access (crn, excluded, restricted_to, restricted_from, restricted_until, "
                + "restriction_message) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (crn) DO UPDATE SET excluded = "
                + "excluded.excluded, restricted_to = excluded.restricted_to, restricted_from = excluded.restricted_from, "
                + "restricted_until = excluded.restricted_until, restriction_message = excluded.restriction_message",
                crn, restriction.excluded().toArray(String[]::new), restriction.restrictedTo().toArray(String[]::new),
                Date.valueOf(restriction.from()), restriction.until().map(Date::valueOf).orElse(null),
                restriction.message());
    }

    /** A court asked for a report on the person: court liaison may open the case (reporting-service says so). */
    public void courtRequested(String crn) {
        sql.update("INSERT INTO case_access (crn, court_requested) VALUES (?, true) ON CONFLICT (crn) DO UPDATE "
                + "SET court_requested = true", crn);
    }

    /** Forgets every court request, before reporting-service's read model of them is rebuilt from its log. */
    public void resetCourtRequests() {
        sql.update("UPDATE case_access SET court_requested = false WHERE court_requested");
    }

    void shared(String crn, Sharing sharing) {
        sql.update("INSERT INTO case_sharing (agreement_id, crn, agency, scope, basis, expires_on, withdrawn) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (agreement_id) DO NOTHING", sharing.agreementId(), crn,
                sharing.agency(), sharing.scope().toArray(String[]::new), sharing.basis(),
                Date.valueOf(sharing.expiresOn()), sharing.withdrawn());
    }

    void sharingEnded(UUID agreementId) {
        sql.update("UPDATE case_sharing SET withdrawn = true WHERE agreement_id = ?", agreementId);
    }

    /** Empties the register before case-service's read model of it is rebuilt from its log. */
    public void reset() {
        sql.update("DELETE FROM case_sharing");
        sql.update("DELETE FROM case_access");
    }

    /** The CRNs among {@code crns} whose cases the reader may open: for lists, which never reveal a case otherwise. */
    public List<String> openable(Reader reader, List<String> crns, Part part, LocalDate today) {
        return crns.stream().filter(crn -> AccessRules.decide(reader, of(crn), part, Optional.empty(), today)
                instanceof Access.Granted).toList();
    }

    private static Set<String> texts(Array array) {
        try {
            return array == null ? Set.of() : Set.of((String[]) array.getArray());
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read a list of staff or scopes", e);
        }
    }

    private static String text(ResultSet row, int column) throws SQLException {
        return row.getString(column);
    }

    private static LocalDate date(ResultSet row, int column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
