package vn.tincay.api;

import java.util.List;

/** One page of a list: its rows, the number of rows matching the filters, the page (from 0) and its size. */
public record ApiPage<T>(List<T> rows, long total, int page, int size) {
}
