package cn.healthsec.reporting.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * How every JSON body is parsed, before any field is looked at:
 * <ul>
 *   <li>a key given twice is ambiguous (which value did the institution mean?): refused, not resolved to the last;</li>
 *   <li>anything after the document ({@code {…}{"filingType":"WITHDRAWAL"}}) is refused, not ignored;</li>
 *   <li>limits well above any report and well below what could cost the service: nesting
 *       {@value #MAX_NESTING} levels (the deepest report has 5), numbers {@value #MAX_NUMBER_LENGTH}
 *       characters (a {@code long} has 19 digits), field names {@value #MAX_NAME_LENGTH} characters.
 *       The body itself is capped at 2 MiB by the HTTP layer. Beyond them the answer is 400.</li>
 * </ul>
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    public static final int MAX_NESTING = 32;
    public static final int MAX_NUMBER_LENGTH = 40;
    public static final int MAX_NAME_LENGTH = 200;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .build());
    }
}
