package org.desist.eventstore.http;

import jakarta.ws.rs.core.EntityTag;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

/**
 * The one way an answer carries its stream's version as the {@code ETag}: the value a later {@code If-Match} sends
 * back (see {@link IfMatch}), so a caller who writes on what they last read never overwrites what they did not see.
 */
public final class Tagged {

    private Tagged() {
    }

    /** 201 with the new thing's address. */
    public static <T> RestResponse<T> created(URI location, long version, T body) {
        return ResponseBuilder.<T>created(location).entity(body).tag(tag(version)).build();
    }

    /** 201 for a record added to the stream that has no address of its own. */
    public static <T> RestResponse<T> created(long version, T body) {
        return ResponseBuilder.create(RestResponse.Status.CREATED, body).tag(tag(version)).build();
    }

    /** 201 when the answer is the version alone. */
    public static RestResponse<Void> created(long version) {
        return ResponseBuilder.<Void>create(RestResponse.Status.CREATED).tag(tag(version)).build();
    }

    /** 202: taken on, to be done in the background. */
    public static <T> RestResponse<T> accepted(long version, T body) {
        return ResponseBuilder.create(RestResponse.Status.ACCEPTED, body).tag(tag(version)).build();
    }

    public static <T> RestResponse<T> ok(long version, T body) {
        return ResponseBuilder.ok(body).tag(tag(version)).build();
    }

    public static RestResponse<Void> noContent(long version) {
        return ResponseBuilder.<Void>noContent().tag(tag(version)).build();
    }

    /** A strong tag: the version names exactly one state of the stream. */
    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
