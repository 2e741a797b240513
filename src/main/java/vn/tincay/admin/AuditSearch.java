package vn.tincay.admin;

import java.io.Serializable;
import vn.tincay.audit.AuditAction;

/** Filter of the audit list: one action, and a username that did the action or was its target; null means any. */
public record AuditSearch(AuditAction action, String username) implements Serializable {
}
