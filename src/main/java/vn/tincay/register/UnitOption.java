package vn.tincay.register;

import java.io.Serializable;

/** An entry of the "whose register" picker: a fixed choice named by a bundle key, or a school named by itself. */
public record UnitOption(String value, String labelKey, String label) implements Serializable {
}
