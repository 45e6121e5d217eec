package org.desist.eventstore.projection;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the read models (by {@link Projection#name()}) a REST operation reads, on the method or on its whole resource
 * class; while any of them is being rebuilt the operation is answered 503 with {@code Retry-After}
 * ({@link RebuildingReadModels}), rather than with an answer built from part of the log. On a consumer's class
 * ({@code InboundHandler}), the inbox holds those read models live for each event, or waits while one is rebuilt.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReadsProjection {

    String[] value();
}
