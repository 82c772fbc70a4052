package cn.healthsec.reporting.problem;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Text a report may carry: no control characters but tab, line feed and carriage return (a NUL
 * cannot be stored in PostgreSQL and is never meaningful in a report), and no lone UTF-16
 * surrogate (JSON's {@code \ud800} escape), which no encoding can store: it would silently become
 * {@code ?}. Checked on every value and field name of a body, and on paths and query strings.
 */
public final class TextHygiene {

    public static final String CODE = "invalid_character";

    private TextHygiene() {
    }

    /** True when {@code text} holds a character no report may carry. */
    public static boolean isUnsafe(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** One error per field whose value (or, reported at its parent, whose name) carries such a character. */
    public static List<FieldError> check(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        walk(body, "", errors);
        return errors;
    }

    private static void walk(JsonNode node, String pointer, List<FieldError> errors) {
        if (node.isTextual()) {
            if (isUnsafe(node.textValue())) {
                errors.add(FieldError.of(pointer, CODE));
            }
        } else if (node.isObject()) {
            boolean badName = false;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (isUnsafe(e.getKey())) {
                    badName = true;
                    continue;
                }
                walk(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), errors);
            }
            if (badName) {
                errors.add(FieldError.of(pointer, CODE));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, errors);
            }
        }
    }
}
