package cn.healthsec.reporting.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * JSON the service writes into its own columns (payloads, evaluations, findings, event data) and
 * reads back, with the service's {@link ObjectMapper}. A failure is the service's fault (500), never
 * the caller's; its message names what failed and the exception's class only — Jackson's own
 * message quotes the text it read, which may be a report's content, and must not reach a log.
 */
@ApplicationScoped
public class StoredJson {

    @Inject
    ObjectMapper mapper;

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a " + value.getClass().getSimpleName() + " as JSON: " + e.getClass().getSimpleName());
        }
    }

    /** The stored text {@code json} as a tree; {@code what} names it in the failure. */
    public JsonNode tree(String json, String what) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw unreadable(what, e);
        }
    }

    public <T> T read(String json, Class<T> type, String what) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw unreadable(what, e);
        }
    }

    public <T> T read(String json, TypeReference<T> type, String what) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw unreadable(what, e);
        }
    }

    private static IllegalStateException unreadable(String what, JsonProcessingException e) {
        return new IllegalStateException("stored " + what + " is unreadable: " + e.getClass().getSimpleName());
    }
}
