package vn.tincay.api;

import java.util.List;

/**
 * One page of a list: its rows, the number of rows matching the filters, the page (from 0) and its
 * size. {@code totalExact} is false when counting stopped early on a large result: there are then
 * more than {@code total} rows.
 */
public record ApiPage<T>(List<T> rows, long total, int page, int size, boolean totalExact) {

    public ApiPage(List<T> rows, long total, int page, int size) {
        this(rows, total, page, size, true);
    }
}
