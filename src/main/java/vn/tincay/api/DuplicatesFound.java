package vn.tincay.api;

import java.util.List;
import vn.tincay.incident.PossibleDuplicate;

/** The 409 answer to a report that may duplicate existing cases; nothing was saved. */
public class DuplicatesFound {

    private final String error;
    private final String message;
    private final List<PossibleDuplicate> possibleDuplicates;

    public DuplicatesFound(String error, String message, List<PossibleDuplicate> possibleDuplicates) {
        this.error = error;
        this.message = message;
        this.possibleDuplicates = possibleDuplicates;
    }

    public String getError() {
        return error;
    }

    public String getMessage() {
        return message;
    }

    public List<PossibleDuplicate> getPossibleDuplicates() {
        return possibleDuplicates;
    }
}
