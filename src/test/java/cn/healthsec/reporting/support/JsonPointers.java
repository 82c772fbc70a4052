package cn.healthsec.reporting.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Walks a request body by JSON pointer, to plant or remove one value at a time in test tables. */
public final class JsonPointers {

    private JsonPointers() {
    }

    /** Pointers of every node below the root (containers included) that {@code keep} accepts, in document order. */
    public static List<String> all(JsonNode root, Predicate<JsonNode> keep) {
        List<String> out = new ArrayList<>();
        collect(root, "", keep, out);
        return out;
    }

    private static void collect(JsonNode node, String pointer, Predicate<JsonNode> keep, List<String> out) {
        if (!pointer.isEmpty() && keep.test(node)) {
            out.add(pointer);
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                collect(e.getValue(), pointer + "/" + e.getKey(), keep, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, keep, out);
            }
        }
    }

    public static void set(JsonNode root, String pointer, JsonNode value) {
        JsonNode parent = root.at(parentOf(pointer));
        String last = lastOf(pointer);
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    public static void remove(JsonNode root, String pointer) {
        JsonNode parent = root.at(parentOf(pointer));
        String last = lastOf(pointer);
        if (parent.isArray()) {
            ((ArrayNode) parent).remove(Integer.parseInt(last));
        } else {
            ((ObjectNode) parent).remove(last);
        }
    }

    private static String parentOf(String pointer) {
        return pointer.substring(0, pointer.lastIndexOf('/'));
    }

    private static String lastOf(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }
}
