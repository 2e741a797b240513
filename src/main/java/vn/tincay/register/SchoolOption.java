package vn.tincay.register;

import java.io.Serializable;

/** A school to pick in a list (unit filter, inspection form). */
public record SchoolOption(Long id, String name) implements Serializable {
}
