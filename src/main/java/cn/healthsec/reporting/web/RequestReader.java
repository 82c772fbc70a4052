package cn.healthsec.reporting.web;

import cn.healthsec.reporting.problem.ReceiptClock;
import cn.healthsec.reporting.privacy.MetadataOnlyScanner;
import cn.healthsec.reporting.privacy.PersonalDataDetector;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.problem.ProblemType;
import cn.healthsec.reporting.problem.TextHygiene;
import cn.healthsec.reporting.problem.Validation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a JSON request body into its API record, collecting every problem at once (the first
 * {@value #MAX_COLLECTED_ERRORS} kept, all counted in the detail): characters no report may carry,
 * type mismatches and unknown fields (which stock Jackson reports one at a time), then Bean
 * Validation (dates against the moment of receipt), then the caller's cross-field checks on a body
 * that bound, and for a report the metadata-only scan. Values are never quoted in the errors.
 *
 * <p>The work per request is bounded before anything expensive runs: {@link HttpLimits} caps the
 * body ({@value HttpLimits#MAX_BODY_BYTES} bytes), the parser caps nesting, number and name lengths
 * ({@link StrictJson}), and the personal-data scan, linear in the text, runs last and skips every
 * field already refused for its size, type or characters.
 */
@ApplicationScoped
public class RequestReader {

    /** Errors collected beyond this many are counted, not kept: a 2 MiB body of unknown fields stays cheap. */
    static final int MAX_COLLECTED_ERRORS = 1000;

    /** Codes of errors whose field is refused for its size, type or characters: not scanned. */
    private static final Set<String> NOT_SCANNED = Set.of("size", "too_long", "invalid_type", TextHygiene.CODE);

    private final ObjectMapper mapper;
    private final Validator validator;

    @Inject
    public RequestReader(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper.copy()
                .registerModule(StrictScalars.module())
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        this.validator = validator;
    }

    /**
     * The body as {@code type}, or a validation problem listing everything wrong with it.
     * {@code crossFieldChecks} runs only on a body that bound; it must tolerate null fields.
     */
    public <T> T read(JsonNode body, Class<T> type, Function<T, List<FieldError>> crossFieldChecks) {
        return read(body, type, crossFieldChecks, null, Instant.now());
    }

    /**
     * Like {@link #read}, for reports that must carry metadata only: personal data found in the body
     * is refused with 422, naming the field and the kind found, or listed with the other errors of a
     * malformed body (400).
     */
    public <T> T readReport(JsonNode body, Class<T> type, Function<T, List<FieldError>> crossFieldChecks,
                            MetadataOnlyScanner scanner, Instant receivedAt) {
        return read(body, type, crossFieldChecks, scanner, receivedAt);
    }

    private <T> T read(JsonNode body, Class<T> type, Function<T, List<FieldError>> crossFieldChecks, MetadataOnlyScanner scanner,
                       Instant receivedAt) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw ProblemException.validation(List.of(FieldError.of("", "required")));
        }
        if (!body.isObject()) {
            throw ProblemException.validation(List.of(FieldError.of("", "invalid_type", Map.of("expected", "object"))));
        }
        List<FieldError> errors = new ArrayList<>(TextHygiene.check(body));
        Collector collector = new Collector(errors);
        T value;
        try {
            value = mapper.readerFor(type).withHandler(collector).readValue(body);
        } catch (JsonMappingException e) {
            errors.add(FieldError.of(pointer(e), "invalid"));
            throw ProblemException.validation(errors, errors.size() + collector.dropped);
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED_JSON, "malformed-json", Map.of(), List.of());
        }
        if (value != null) {
            // A field refused for its type was bound as null: its "required" would say the same twice.
            Set<String> mistyped = new HashSet<>();
            errors.forEach(e -> mistyped.add(e.field()));
            Validation.toFieldErrors(ReceiptClock.at(receivedAt, () -> validator.validate(value))).stream()
                    .filter(e -> !("required".equals(e.code()) && mistyped.contains(e.field())))
                    .forEach(errors::add);
            errors.addAll(crossFieldChecks.apply(value));
        }
        List<FieldError> personalData = new ArrayList<>();
        if (scanner != null) {
            Set<String> refused = new HashSet<>();
            for (FieldError e : errors) {
                if (NOT_SCANNED.contains(e.code())) {
                    refused.add(e.field());
                }
            }
            scanner.scan(body, refused).forEach(found -> personalData.add(FieldError.of(found.field(), found.kind().errorCode())));
        }
        if (!errors.isEmpty()) {
            List<FieldError> all = new ArrayList<>(errors);
            all.addAll(personalData);
            List<FieldError> distinct = all.stream().distinct().toList();
            // The detail counts every error, also those beyond what was kept (the contract: "counts them all").
            throw ProblemException.validation(distinct, distinct.size() + collector.dropped);
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
        /** Errors found after {@link #MAX_COLLECTED_ERRORS} were kept: counted, not kept. */
        int dropped;

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
            add(FieldError.of(field, e.equals("enum") ? "invalid_value" : e.equals("date") ? "invalid_date" : "invalid_type",
                    Map.of("expected", e)));
        }

        private void add(FieldError error) {
            if (errors.size() < MAX_COLLECTED_ERRORS) {
                errors.add(error);
            } else {
                dropped++;
            }
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            // At an object or array value the parser has entered the value's own context: the field is named by its parent's.
            JsonStreamContext context = p.currentToken() == JsonToken.START_ARRAY || p.currentToken() == JsonToken.START_OBJECT
                    ? p.getParsingContext().getParent() : p.getParsingContext();
            String parent = context.getParent() == null ? "" : context.getParent().pathAsPointer().toString();
            String field = parent + "/" + propertyName.replace("~", "~0").replace("/", "~1");
            if (TextHygiene.isUnsafe(propertyName) || !PersonalDataDetector.detect(propertyName).isEmpty()) {
                // Never echo a suspect value, even one sent as a field name: point at its parent.
                field = parent;
            }
            add(FieldError.of(field, "unknown_field"));
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
            add(FieldError.of(here(ctxt.getParser()), "number_out_of_range"));
            return null;
        }

        /** An object expected, a string, number or boolean sent. */
        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass, ValueInstantiator valueInsta,
                                                JsonParser p, String msg) throws IOException {
            record(here(p), instClass);
            if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
                p.skipChildren();
            }
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
