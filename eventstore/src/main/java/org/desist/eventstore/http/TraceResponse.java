package org.desist.eventstore.http;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Names the service's span of the request in a W3C {@code traceresponse} header (Trace Context level 2), so a caller —
 * a partner agency reporting a refusal, the gateway, a test — can quote the trace that the logs and spans carry.
 */
public class TraceResponse {

    static final String HEADER = "traceresponse";

    @ServerResponseFilter
    public void name(ContainerResponseContext response) {
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            response.getHeaders().putSingle(HEADER, "00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
                    + span.getTraceFlags().asHex());
        }
    }
}
