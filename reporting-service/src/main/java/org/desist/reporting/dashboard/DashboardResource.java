package org.desist.reporting.dashboard;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.desist.eventstore.http.NotFound;
import org.desist.reporting.Roles;
import org.desist.reporting.dashboard.Dashboard.Panel;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The dashboard: the page a browser opens after signing in (Keycloak's authorization-code flow), and every panel's
 * figures as JSON or CSV for a bearer token. Counts only, never a person's name.
 */
@Path("/dashboard")
@Tag(name = "Dashboard")
@RunOnVirtualThread
public class DashboardResource {

    private static final String PAGE = page();

    /** Present while the read models are being rebuilt: the figures then hold only what has been replayed so far. */
    static final String REBUILDING = "Desist-Rebuilding";

    private final Dashboard dashboard;
    private final DashboardReplay replay;

    DashboardResource(Dashboard dashboard, DashboardReplay replay) {
        this.dashboard = dashboard;
        this.replay = replay;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.SENIOR, Roles.CHIEF})
    @Operation(summary = "The dashboard page: charts of every panel, drawn in the browser from /dashboard/data")
    @APIResponse(responseCode = "200", description = "The page (a browser without a session is sent to Keycloak first)",
            content = @Content(mediaType = MediaType.TEXT_HTML, examples = @ExampleObject(name = "page",
                    value = "<!doctype html><html lang=\"en\"><head><title>Desist dashboard</title>...")))
    public String page(@Context SecurityContext security) {
        return PAGE.replace("{{seniors}}", String.valueOf(security.isUserInRole(Roles.SENIOR)));
    }

    @GET
    @Path("/data/{panel}.{format}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({Roles.SENIOR, Roles.CHIEF})
    @Operation(summary = "A panel's figures (caseload, compliance, fairness, outcomes, risk, unpaid-work, reports, officers) as json or csv",
            description = "Filters: from and to (dates, inclusive; to defaults to today, from to twelve months before, "
                    + "sixty for outcomes), team (a team code), cohort (month or quarter, outcomes only). Restricted "
                    + "and excluded cases are never counted. In fairness, a suppressed group carries no numeric field. "
                    + "Each thing is counted for the team responsible when it happened or was in force.")
    @APIResponse(responseCode = "200", description = "The panel's figures; while the read models are rebuilt the "
            + "Desist-Rebuilding header says how far the replay is",
            headers = @Header(name = REBUILDING, description = "Present only during a rebuild: the figures are incomplete"),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                    @ExampleObject(name = "caseload", value = DashboardExamples.CASELOAD),
                    @ExampleObject(name = "compliance", value = DashboardExamples.COMPLIANCE),
                    @ExampleObject(name = "fairness", value = DashboardExamples.FAIRNESS),
                    @ExampleObject(name = "outcomes", value = DashboardExamples.OUTCOMES),
                    @ExampleObject(name = "risk", value = DashboardExamples.RISK),
                    @ExampleObject(name = "unpaid-work", value = DashboardExamples.UNPAID_WORK),
                    @ExampleObject(name = "reports", value = DashboardExamples.REPORTS),
                    @ExampleObject(name = "officers", value = DashboardExamples.OFFICERS)}),
                @Content(mediaType = "text/csv", examples = @ExampleObject(name = "caseload.csv",
                    value = DashboardExamples.CSV))})
    public Response data(@PathParam("panel") String name, @PathParam("format") String format,
            @Parameter(description = "First date, YYYY-MM-DD") @QueryParam("from") String from,
            @Parameter(description = "Last date, YYYY-MM-DD") @QueryParam("to") String to,
            @Parameter(description = "One team's code") @QueryParam("team") String team,
            @Parameter(description = "month or quarter (outcomes)") @QueryParam("cohort") String cohort,
            @Context SecurityContext security) {
        Panel panel = Panel.named(name);
        if (panel == Panel.OFFICERS && !security.isUserInRole(Roles.SENIOR)) {
            // a prompt for a senior's supervision, not a league table for anyone else
            throw new NotFound("no dashboard panel 'officers' for this role");
        }
        Record figures = dashboard.figures(panel, from, to, team, Optional.ofNullable(cohort));
        Response.ResponseBuilder response = switch (format) {
            case "json" -> Response.ok(figures, MediaType.APPLICATION_JSON_TYPE);
            case "csv" -> Response.ok(DashboardCsv.of(figures), "text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
            default -> throw new NotFound("no format '" + format + "': json or csv");
        };
        // never a half-filled dashboard without saying so
        replay.rebuilding().ifPresent(r -> response.header(REBUILDING, "rebuild " + r.id() + ": " + r.replayed()
                + " events replayed, " + r.lag() + " to go"));
        return response.build();
    }

    private static String page() {
        try (InputStream in = DashboardResource.class.getResourceAsStream("/dashboard/index.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
