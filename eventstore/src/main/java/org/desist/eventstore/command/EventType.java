package org.desist.eventstore.command;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name an event record is stored and published under, as HMPPS names its domain events
 * ({@code <domain>.<aggregate>.<past-tense-verb>}), and the schema version of its payload.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    String value();

    int schemaVersion() default 1;
}
