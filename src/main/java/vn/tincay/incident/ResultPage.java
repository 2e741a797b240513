package vn.tincay.incident;

import java.io.Serializable;
import java.util.List;

/** One page of a list and the total count matching its filters. */
public record ResultPage<T>(List<T> rows, long total) implements Serializable {
}
