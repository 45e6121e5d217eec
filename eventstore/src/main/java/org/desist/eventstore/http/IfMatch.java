package org.desist.eventstore.http;

import org.desist.eventstore.ExpectedVersion;

/** HTTP optimistic concurrency: {@code If-Match} carries the version the caller last saw (the ETag it was given). */
public final class IfMatch {

    private IfMatch() {
    }

    public static ExpectedVersion parse(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return ExpectedVersion.any();
        }
        String tag = header.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return ExpectedVersion.exactly(Long.parseLong(tag));
        } catch (IllegalArgumentException e) {
            throw new InvalidField("If-Match", "a version from an ETag",
                    "If-Match must be the ETag of the record you read, e.g. \"3\"", null);
        }
    }
}
