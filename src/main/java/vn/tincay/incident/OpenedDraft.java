package vn.tincay.incident;

/** A saved draft opened by its author: everything typed, and the step to continue at. */
public record OpenedDraft(long id, String step, IncidentDraft draft) {
}
