package vn.tincay.incident;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;

/**
 * The incidents already read, scope-checked, in this request. A case page has several sections, each
 * asking its own service for its part of the case; they share the one reading of the incident
 * instead of loading it once per section. Only for reading: a change reads the incident afresh
 * (locked, versioned) and forgets the shared copy.
 */
@RequestScoped
public class CaseReads {

    private record Key(long caseId, String username) {
    }

    private final Map<Key, Incident> read = new HashMap<>();

    Incident find(long caseId, String username) {
        return read.get(new Key(caseId, username));
    }

    void remember(long caseId, String username, Incident incident) {
        read.put(new Key(caseId, username), incident);
    }

    void forget(long caseId) {
        read.keySet().removeIf(key -> key.caseId() == caseId);
    }
}
