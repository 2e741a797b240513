package vn.tincay.incident.web;

import java.io.Serializable;

/** An option of a drop-down (a school, a coordinator) as a view-scoped page keeps it. */
public record Choice(Long id, String label) implements Serializable {
}
