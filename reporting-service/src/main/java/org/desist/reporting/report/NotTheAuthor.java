package org.desist.reporting.report;

import io.quarkus.security.ForbiddenException;

/** Someone other than the assigned author tried to write, submit, sign or revise the report (HTTP 403). */
public class NotTheAuthor extends ForbiddenException {

    public NotTheAuthor(String message) {
        super(message);
    }
}
