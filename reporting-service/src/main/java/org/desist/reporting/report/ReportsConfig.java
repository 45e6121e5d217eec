package org.desist.reporting.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** reporting-service's settings, under {@code desist.reports}. */
@ConfigMapping(prefix = "desist.reports")
public interface ReportsConfig {

    DueWorkingDays dueWorkingDays();

    /** A delivered version the court has not acknowledged after this long is listed as unacknowledged. */
    @WithDefault("2D")
    Duration acknowledgementWithin();

    /** The service's address as a court reaches it: delivered events point at the PDF under it. */
    @WithDefault("http://localhost:8084")
    String documentBaseUrl();

    /** Working days from the request to the due date, per report type (never later than the hearing). */
    interface DueWorkingDays {

        @WithDefault("15")
        int standard();

        @WithDefault("5")
        int shortFormat();

        @WithDefault("0")
        int oral();

        default int of(ReportType type) {
            return switch (type) {
                case STANDARD -> standard();
                case SHORT_FORMAT -> shortFormat();
                case ORAL -> oral();
            };
        }
    }
}
