package vn.tincay.admin;

import java.io.Serializable;
import java.time.LocalDate;
import vn.tincay.audit.AuditAction;

/**
 * Filter of the administrator's audit list: one action, a username that did the action or was its
 * target, a case code, and a period of Vietnamese calendar days (both ends included); null means any.
 */
public record AuditSearch(AuditAction action, String username, String caseCode, LocalDate from, LocalDate to)
        implements Serializable {

    public AuditSearch(AuditAction action, String username) {
        this(action, username, null, null, null);
    }
}
