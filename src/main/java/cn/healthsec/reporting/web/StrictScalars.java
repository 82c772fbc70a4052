package cn.healthsec.reporting.web;

import cn.healthsec.reporting.problem.Rfc3339;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The contract's types, enforced: a value is read only from the JSON token of its type. Jackson
 * would otherwise coerce {@code "3"} to 3, {@code "false"} to false, 7 to true, 12345 to
 * {@code "12345"} and 20000 to the date 2024-10-04 (a day number). A wrong token goes to the
 * problem handler (which lists it with every other error) instead of being converted.
 *
 * <p>Dates and date-times must be RFC 3339 ({@code format: date} / {@code date-time} in the
 * contract): four-digit years only, so {@code +999999999-12-31} is refused as a date rather than
 * failing later in the database.
 */
final class StrictScalars extends BeanDeserializerModifier {

    private static final Set<JsonToken> STRING = EnumSet.of(JsonToken.VALUE_STRING);
    private static final Set<JsonToken> INTEGER = EnumSet.of(JsonToken.VALUE_NUMBER_INT);
    private static final Set<JsonToken> NUMBER = EnumSet.of(JsonToken.VALUE_NUMBER_INT, JsonToken.VALUE_NUMBER_FLOAT);
    private static final Set<JsonToken> BOOLEAN = EnumSet.of(JsonToken.VALUE_TRUE, JsonToken.VALUE_FALSE);

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("strict-scalars");
        module.setDeserializerModifier(new StrictScalars());
        return module;
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                  JsonDeserializer<?> deserializer) {
        Class<?> type = description.getBeanClass();
        Set<JsonToken> tokens = tokensFor(type);
        return tokens == null ? deserializer : new Strict(deserializer, type, tokens, syntaxFor(type));
    }

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription description,
                                                      JsonDeserializer<?> deserializer) {
        return new Strict(deserializer, type.getRawClass(), STRING, null);
    }

    static Set<JsonToken> tokensFor(Class<?> type) {
        if (type == String.class || type == UUID.class || Temporal.class.isAssignableFrom(type)) {
            return STRING;
        }
        if (type == Integer.class || type == Long.class || type == Short.class || type == Byte.class || type == BigInteger.class
                || type == int.class || type == long.class || type == short.class || type == byte.class) {
            return INTEGER;
        }
        if (type == Double.class || type == Float.class || type == BigDecimal.class || type == double.class || type == float.class) {
            return NUMBER;
        }
        if (type == Boolean.class || type == boolean.class) {
            return BOOLEAN;
        }
        return null;
    }

    private static Pattern syntaxFor(Class<?> type) {
        if (type == LocalDate.class) {
            return Rfc3339.FULL_DATE;
        }
        return Temporal.class.isAssignableFrom(type) ? Rfc3339.DATE_TIME : null;
    }

    /** Lets only the accepted tokens (and well-formed dates) through to the standard deserializer. */
    private static final class Strict extends DelegatingDeserializer {
        private final Class<?> type;
        private final Set<JsonToken> accepted;
        private final Pattern syntax;

        Strict(JsonDeserializer<?> delegate, Class<?> type, Set<JsonToken> accepted, Pattern syntax) {
            super(delegate);
            this.type = type;
            this.accepted = accepted;
            this.syntax = syntax;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Strict(newDelegatee, type, accepted, syntax);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (!accepted.contains(token)) {
                return ctxt.handleUnexpectedToken(type, p);
            }
            if (syntax != null && !syntax.matcher(p.getText()).matches()) {
                return ctxt.handleWeirdStringValue(type, p.getText(), "not an RFC 3339 date");
            }
            try {
                return super.deserialize(p, ctxt);
            } catch (InputCoercionException outOfRange) {
                // A number too large for its type: listed like any other error, never echoed.
                return ctxt.handleWeirdNumberValue(type, 0, "out of range");
            }
        }
    }
}
