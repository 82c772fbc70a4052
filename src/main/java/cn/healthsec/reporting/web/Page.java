package cn.healthsec.reporting.web;

import java.util.List;
import java.util.function.Function;

/** A page of a list, oldest first; {@code next} is the cursor for the following page, or null at the end. */
public record Page<T>(List<T> entries, String next) {

    /**
     * The page of keyset paging: {@code rows} were fetched with a limit of {@code limit + 1}, so one
     * row more than the page says there is a next page, whose cursor is the last row's keys.
     */
    public static <R, T> Page<T> of(List<R> rows, int limit, Function<R, T> view, Function<R, Cursor> keys) {
        boolean more = rows.size() > limit;
        List<R> page = more ? rows.subList(0, limit) : rows;
        return new Page<>(page.stream().map(view).toList(), more ? keys.apply(page.get(page.size() - 1)).encode() : null);
    }
}
