package cn.healthsec.reporting.problem;

import cn.healthsec.reporting.privacy.MetadataOnlyScanner;
import cn.healthsec.reporting.privacy.PersonalDataDetector;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a JSON request body into its API record, collecting <em>every</em> problem at once: type
 * mismatches and unknown fields (which stock Jackson reports one at a time), then Bean Validation,
 * then the caller's own cross-field checks. Values are never quoted in the errors.
 */
@ApplicationScoped
public class RequestReader {

    private final ObjectMapper mapper;
    private final Validator validator;

    @Inject
    public RequestReader(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper.copy()
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        this.validator = validator;
    }

    /**
     * The body as {@code type}, or a validation problem listing everything wrong with it.
     * {@code crossFieldChecks} runs only on a body that bound; it must tolerate null fields.
     */
    public <T> T read(JsonNode body, Class<T> type, Function<T, List<FieldError>> crossFieldChecks) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw ProblemException.validation(List.of(FieldError.of("", "required")));
        }
        if (!body.isObject()) {
            throw ProblemException.validation(List.of(FieldError.of("", "invalid_type", java.util.Map.of("expected", "object"))));
        }
        T value;
        try {
            ObjectReader reader = mapper.readerFor(type).withHandler(new Collector(errors));
            value = reader.readValue(body);
        } catch (JsonMappingException e) {
            errors.add(FieldError.of(pointer(e), "invalid"));
            throw ProblemException.validation(errors);
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED_JSON, "malformed-json", java.util.Map.of(), List.of());
        }
        errors.addAll(Validation.toFieldErrors(validator.validate(value)));
        errors.addAll(crossFieldChecks.apply(value));
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors.stream().distinct().toList());
        }
        return value;
    }

    /**
     * Like {@link #read}, for reports that must carry metadata only: personal data found anywhere
     * in the body is refused with 422, naming the field and the kind found, or listed with the
     * other errors of a malformed body (400).
     */
    public <T> T readReport(JsonNode body, Class<T> type, Function<T, List<FieldError>> crossFieldChecks,
                            MetadataOnlyScanner scanner) {
        List<FieldError> personalData = body == null ? List.of() : scanner.scan(body);
        T value;
        try {
            value = read(body, type, crossFieldChecks);
        } catch (ProblemException malformed) {
            if (personalData.isEmpty() || malformed.type() != ProblemType.VALIDATION) {
                throw malformed;
            }
            List<FieldError> all = new ArrayList<>(malformed.errors());
            all.addAll(personalData);
            throw ProblemException.validation(all);
        }
        if (!personalData.isEmpty()) {
            throw ProblemException.unprocessable("personal-data", personalData);
        }
        return value;
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            out.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
        }
        return out.toString();
    }

    /** Records each type problem and lets binding go on with a null in its place. */
    private static final class Collector extends DeserializationProblemHandler {
        private final List<FieldError> errors;

        Collector(List<FieldError> errors) {
            this.errors = errors;
        }

        private static String here(JsonParser p) {
            return p.getParsingContext().pathAsPointer().toString();
        }

        private static String expected(Class<?> type) {
            if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
                return "number";
            }
            if (type == Boolean.class || type == boolean.class) {
                return "boolean";
            }
            if (type.isEnum()) {
                return "enum";
            }
            if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
                return "date";
            }
            if (type == String.class) {
                return "string";
            }
            if (java.util.Collection.class.isAssignableFrom(type)) {
                return "array";
            }
            return "object";
        }

        private void record(String field, Class<?> type) {
            String e = expected(type);
            errors.add(FieldError.of(field, e.equals("enum") ? "invalid_value" : e.equals("date") ? "invalid_date" : "invalid_type",
                    java.util.Map.of("expected", e)));
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            String field = here(p);
            if (!PersonalDataDetector.detect(propertyName).isEmpty()) {
                // Never echo a suspect value, even one sent as a field name: point at its parent.
                field = field.substring(0, Math.max(0, field.lastIndexOf('/')));
            }
            errors.add(FieldError.of(field, "unknown_field"));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                             String failureMsg) {
            record(here(ctxt.getParser()), targetType);
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                                             String failureMsg) {
            record(here(ctxt.getParser()), targetType);
            return null;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                            String failureMsg) throws IOException {
            record(here(p), targetType.getRawClass());
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                p.skipChildren();
            }
            return null;
        }
    }
}
