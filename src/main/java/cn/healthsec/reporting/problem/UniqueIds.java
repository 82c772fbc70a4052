package cn.healthsec.reporting.problem;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The ids a list of a request names, each once: a repeated id is an error at its position ({@code duplicate_item}). */
public final class UniqueIds {

    private UniqueIds() {
    }

    /** The ids of {@code list} (null elements and ids skipped); each repeat adds {@code pointer/i/field}. */
    public static <T> Set<String> of(List<T> list, Function<T, String> id, String pointer, String field, List<FieldError> errors) {
        Set<String> seen = new HashSet<>();
        if (list == null) {
            return seen;
        }
        for (int i = 0; i < list.size(); i++) {
            T element = list.get(i);
            String value = element == null ? null : id.apply(element);
            if (value != null && !seen.add(value)) {
                errors.add(FieldError.of(pointer + "/" + i + "/" + field, "duplicate_item"));
            }
        }
        return seen;
    }
}
