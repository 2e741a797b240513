package vn.tincay.incident;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a list and the number of rows matching its filters: exact, or – when counting was
 * stopped early because the result is large – a lower bound ("more than {@code total}").
 */
public record ResultPage<T>(List<T> rows, long total, boolean exact) implements Serializable {

    public ResultPage(List<T> rows, long total) {
        this(rows, total, true);
    }
}
