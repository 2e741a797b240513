package vn.tincay.register;

import java.io.Serializable;
import java.time.LocalDate;

/** One issued document as listed in pages and reports. */
public record DocumentLine(long id, Long schoolId, String unitName, String number, LocalDate issuedOn,
                           DocumentType type, String title, int version) implements Serializable {
}
