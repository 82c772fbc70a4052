package cn.healthsec.reporting.console;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A filed document as the rows of a readable form: each member a labelled row at its depth, with the
 * JSON pointer (RFC 6901) an officer picks when returning it for correction. Values are shown as
 * text, never as markup (the templates escape them).
 */
final class DocumentRows {

    /** One row: the pointer, the member's name made readable, its value (null for an object or array heading) and its depth. */
    record Row(String pointer, String label, String value, int depth) {
        public boolean heading() {
            return value == null;
        }

        public String indent() {
            return "depth-" + Math.min(depth, 6);
        }
    }

    /** One difference between two versions, side by side: what the earlier version held at the pointer, and what this one holds. */
    record Change(String op, String pointer, String before, String after) {
    }

    private DocumentRows() {
    }

    /** The changes a JSON Patch (RFC 6902) from {@code previous} makes, each with the value before and after it. */
    static List<Change> changes(JsonNode previous, JsonNode patch) {
        List<Change> changes = new ArrayList<>();
        for (JsonNode op : patch) {
            String path = op.path("path").asText();
            JsonNode before = previous.at(path);
            changes.add(new Change(op.path("op").asText(), path, before.isMissingNode() ? "—" : shown(before),
                    op.has("value") ? shown(op.get("value")) : "—"));
        }
        return changes;
    }

    private static String shown(JsonNode value) {
        String text = value.isValueNode() ? value.asText() : value.toString();
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }

    static List<Row> of(JsonNode document) {
        List<Row> rows = new ArrayList<>();
        walk(document, "", 0, rows);
        return rows;
    }

    private static void walk(JsonNode node, String pointer, int depth, List<Row> rows) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String child = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                add(e.getValue(), child, label(e.getKey()), depth, rows);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                add(node.get(i), pointer + "/" + i, "#" + (i + 1), depth, rows);
            }
        }
    }

    private static void add(JsonNode value, String pointer, String label, int depth, List<Row> rows) {
        if (value.isContainerNode()) {
            rows.add(new Row(pointer, label, null, depth));
            walk(value, pointer, depth + 1, rows);
        } else {
            rows.add(new Row(pointer, label, value.isNull() ? "—" : value.asText(), depth));
        }
    }

    /** {@code levelDeterminedOn} → "Level determined on". */
    static String label(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return spaced.isEmpty() ? name : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
