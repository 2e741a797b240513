package vn.tincay.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The names of the fields an edit changed, for the audit log (names only: the values may be personal). */
final class Changes {

    private final List<String> fields = new ArrayList<>();

    Changes note(String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(field);
        }
        return this;
    }

    boolean any() {
        return !fields.isEmpty();
    }

    @Override
    public String toString() {
        return fields.isEmpty() ? "changed: nothing" : "changed: " + String.join(", ", fields);
    }
}
