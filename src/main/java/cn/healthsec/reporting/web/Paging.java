package cn.healthsec.reporting.web;

import cn.healthsec.reporting.problem.QueryParameters;
import jakarta.ws.rs.QueryParam;

/**
 * The paging parameters every list operation shares, declared once: {@code after} (the cursor of
 * the page before, opaque to the caller) and {@code limit} (the page size). A list method takes
 * them as its {@code @BeanParam}.
 */
public class Paging {

    @QueryParam("after")
    String after;

    @QueryParam("limit")
    String limit;

    public String after() {
        return after;
    }

    /**
     * The page size asked for, within {@code size}'s bounds ({@link QueryParameters#limit}), read
     * last into {@code q}: then every parameter of the operation is checked at once (400 naming all).
     */
    public int checkedLimit(QueryParameters q, PageSize size) {
        int pageSize = q.limit(limit, size.fallback(), size.max());
        q.check();
        return pageSize;
    }
}
