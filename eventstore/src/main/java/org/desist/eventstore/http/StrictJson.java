package org.desist.eventstore.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.desist.eventstore.PlausibleTime;

/**
 * JSON of the wrong type is refused rather than guessed at: {@code "loneContact": "yes"}, {@code "firstName": 7} or
 * {@code "count": 1.5} is a 400 naming the field, not a silent conversion. So are a duplicated key, anything after the
 * body's one value, text the log cannot keep ({@link StorableText}) and dates outside {@link PlausibleTime}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    @SuppressWarnings("deprecation")
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, true);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.registerModule(new SimpleModule("desist-refused-values").setDeserializerModifier(new RefusingModifier()));
    }

    /** Puts a check after the deserializers of text and of dates and times, wherever they are used. */
    private static final class RefusingModifier extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (type == String.class || type == LocalDate.class || type == Instant.class || type == OffsetDateTime.class
                    || type == ZonedDateTime.class || type == LocalDateTime.class) {
                return new Refusing(deserializer, type);
            }
            return deserializer;
        }
    }

    private static final class Refusing extends DelegatingDeserializer {

        private final Class<?> type;

        Refusing(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Refusing(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            Optional<StorableText.Fault> fault = fault(value);
            if (fault.isPresent()) {
                throw new RefusedValue(parser, fault.get().rule(), fault.get().message(), value, type);
            }
            return value;
        }

        /** The problem names the field (Jackson adds its path), so the message speaks of the value. */
        private static Optional<StorableText.Fault> fault(Object value) {
            return switch (value) {
                case String text -> StorableText.check("the text", text);
                case LocalDate date -> implausible(value, PlausibleTime.admits(date));
                case LocalDateTime time -> implausible(value, PlausibleTime.admits(time.toLocalDate()));
                case Instant instant -> implausible(value, PlausibleTime.admits(instant));
                case OffsetDateTime time -> implausible(value, PlausibleTime.admits(time.toInstant()));
                case ZonedDateTime time -> implausible(value, PlausibleTime.admits(time.toInstant()));
                case null, default -> Optional.empty();
            };
        }

        private static Optional<StorableText.Fault> implausible(Object value, boolean admitted) {
            return admitted ? Optional.empty() : Optional.of(new StorableText.Fault(PlausibleTime.RULE,
                    "'" + value + "' is outside the dates the platform keeps: it must be " + PlausibleTime.RULE));
        }
    }
}
