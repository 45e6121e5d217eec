package org.desist.conduct.training;

import io.agroal.api.AgroalDataSource;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.desist.conduct.staff.ActingFor;
import org.desist.conduct.staff.StaffMember;
import org.desist.eventstore.EventStoreFailure;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.Tagged;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.projection.ReadsProjection;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Required training per role, completions, and who is overdue (000_c72660e7df92b92e.txt 6.1, 6.2). */
@Path("/training")
@Tag(name = "Training")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class TrainingResource {

    @Schema(example = "{\"course\": \"safeguarding adults\", \"roles\": [\"probation-officer\", \"senior-probation-officer\"], "
            + "\"validityMonths\": 24}")
    public record SetRequirement(@NotBlank @Size(max = 200) String course,
            @NotEmpty List<@NotBlank @Size(max = 100) String> roles, @NotNull @Min(1) @Max(120) Integer validityMonths) {
    }

    @Schema(example = "{\"staffId\": \"officer\", \"course\": \"safeguarding adults\", \"completedOn\": \"2026-10-01\"}")
    public record RecordCompletion(@NotBlank @Size(max = 100) String staffId, @NotBlank @Size(max = 200) String course,
            @NotNull @PastOrPresent LocalDate completedOn) {
    }

    /** A member of staff whose required training has lapsed or was never done. */
    public record Overdue(String staffId, String role, String course, Optional<LocalDate> lastCompleted,
            Optional<LocalDate> expired) {
    }

    /** A course a member of staff completed. */
    public record Completion(String course, LocalDate completedOn) {
    }

    /** A member of staff's own training: what they completed, and what of their role's training is overdue. */
    public record MyTraining(List<Completion> completions, List<Overdue> overdue) {
    }

    private static final StreamId CATALOGUE = StreamId.of("training-catalogue", "training-requirements");

    private final CommandHandler commands;
    private final ActingFor actingFor;
    private final CurrentActor actor;
    private final AgroalDataSource dataSource;

    TrainingResource(CommandHandler commands, ActingFor actingFor, CurrentActor actor, AgroalDataSource dataSource) {
        this.commands = commands;
        this.actingFor = actingFor;
        this.actor = actor;
        this.dataSource = dataSource;
    }

    @POST
    @Path("/requirements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("conduct-officer")
    @Operation(summary = "Set the training a role needs and how long it stays valid")
    public RestResponse<Void> require(@HeaderParam("If-Match") String ifMatch, @NotNull @Valid SetRequirement request) {
        return Tagged.created(commands.startOrUpdate(CATALOGUE, IfMatch.parse(ifMatch), Training.AGGREGATE,
                training -> Training.require(request.course(), request.roles(), request.validityMonths()),
                actor.metadata()).version());
    }

    @POST
    @Path("/completions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer", "court-liaison", "conduct-officer",
            "disclosure-officer", "chief-executive", "board-secretary", "auditor"})
    @Operation(summary = "Record that a member of staff completed a course")
    @ReadsProjection("staff")
    public RestResponse<Void> complete(@HeaderParam("If-Match") String ifMatch, @NotNull @Valid RecordCompletion request) {
        actingFor.check(request.staffId());
        return Tagged.created(commands.startOrUpdate(StaffMember.stream(request.staffId()), IfMatch.parse(ifMatch),
                Training.AGGREGATE, training -> Training.complete(request.staffId(), request.course(),
                        request.completedOn()), actor.metadata()).version());
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({"conduct-officer", "chief-executive", "senior-probation-officer"})
    @Operation(summary = "Who is overdue: required training never done, or done longer ago than it stays valid "
            + "(leavers are not)")
    @ReadsProjection({"staff", "training"})
    public List<Overdue> overdue() {
        return overdue(Optional.empty());
    }

    @GET
    @Path("/mine")
    @RolesAllowed({"probation-officer", "senior-probation-officer", "court-liaison", "conduct-officer",
            "disclosure-officer", "chief-executive", "board-secretary", "auditor"})
    @Operation(summary = "The caller's own training: courses completed, latest first, and their role's required training "
            + "that is overdue")
    @ReadsProjection({"staff", "training"})
    public MyTraining mine() {
        String caller = actor.actor().subject();
        String sql = "SELECT course, completed_on FROM training_completions WHERE staff_id = ? "
                + "ORDER BY completed_on DESC, course";
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, caller);
            List<Completion> completions = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    completions.add(new Completion(rows.getString("course"), rows.getDate("completed_on").toLocalDate()));
                }
            }
            return new MyTraining(completions, overdue(Optional.of(caller)));
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read " + caller + "'s training", e);
        }
    }

    /** Everyone's overdue training, or one member's. */
    private List<Overdue> overdue(Optional<String> staffId) {
        String sql = """
                SELECT s.staff_id, s.role, r.course, MAX(c.completed_on) AS last_completed, r.validity_months
                FROM staff s
                JOIN training_requirements r ON s.role = ANY (string_to_array(r.roles, ','))
                LEFT JOIN training_completions c ON c.staff_id = s.staff_id AND c.course = r.course
                WHERE s.left_on IS NULL AND (CAST(? AS TEXT) IS NULL OR s.staff_id = ?)
                GROUP BY s.staff_id, s.role, r.course, r.validity_months
                HAVING MAX(c.completed_on) IS NULL
                    OR MAX(c.completed_on) + make_interval(months => r.validity_months) < CURRENT_DATE
                ORDER BY s.staff_id, r.course
                """;
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, staffId.orElse(null));
            query.setString(2, staffId.orElse(null));
            List<Overdue> overdue = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Optional<LocalDate> last = Optional.ofNullable(rows.getDate("last_completed"))
                            .map(java.sql.Date::toLocalDate);
                    int months = rows.getInt("validity_months");
                    overdue.add(new Overdue(rows.getString("staff_id"), rows.getString("role"), rows.getString("course"),
                            last, last.map(d -> d.plusMonths(months))));
                }
            }
            return overdue;
        } catch (SQLException e) {
            throw new EventStoreFailure("could not list overdue training", e);
        }
    }
}
