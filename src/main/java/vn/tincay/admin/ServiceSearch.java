package vn.tincay.admin;

import java.io.Serializable;
import vn.tincay.organisation.ServiceKind;

/** Filter of the service organisations list: text in the name, district and kind; null means any. */
public record ServiceSearch(String text, Long districtId, ServiceKind kind) implements Serializable {
}
