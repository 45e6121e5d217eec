package org.desist.eventstore.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation on one person's record ({@code {crn}} in its path) with the part of the record it reaches: the
 * {@link NeedToKnowGuard} lets it run only for a caller {@link AccessRules} allows, and records the access, granted or
 * refused, in the {@link AccessLog}. On a resource class it covers every operation without one of its own.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface NeedToKnow {

    Part value();
}
