package vn.tincay.api;

import java.util.List;
import vn.tincay.incident.PossibleDuplicate;

/** The 409 answer to a report that may duplicate existing cases; nothing was saved. */
public record DuplicatesFound(String error, String message, List<PossibleDuplicate> possibleDuplicates) {
}
