package org.desist.eventstore.http;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Path segments and query parameters obey the same text rule as JSON fields ({@link StorableText}): a 400 naming them. */
public class PlainParameters {

    @ServerRequestFilter
    public void refuseUnstorableText(UriInfo uri) {
        check(uri.getPathParameters());
        check(uri.getQueryParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            StorableText.check("a parameter name", name).ifPresent(fault -> {
                throw new InvalidField("query", fault.rule(), fault.message(), null);
            });
            for (String value : parameter.getValue()) {
                StorableText.check(name, value).ifPresent(fault -> {
                    throw new InvalidField(name, fault.rule(), fault.message(), null);
                });
            }
        }
    }
}
