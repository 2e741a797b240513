package vn.tincay.register;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import vn.tincay.audit.AuditAction;
import vn.tincay.audit.AuditEntry;
import vn.tincay.audit.AuditLog;
import vn.tincay.security.Caller;
import vn.tincay.security.RequestOrigin;

/** Writes register changes (what kind of row, its id, which unit) to the audit log. */
@Dependent
public class RegisterAudit {

    @EJB
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    public void record(Caller caller, AuditAction action, String targetType, Object targetId, String detail) {
        audit.append(AuditEntry.of(caller.username(), caller.role().name(), action)
                .target(targetType, targetId)
                .ip(origin.ip())
                .detail(detail));
    }

    public void record(Caller caller, AuditAction action, UnitRecord row) {
        RegisterUnit unit = row.unit();
        record(caller, action, row.getClass().getSimpleName(), row.getId(),
                unit.isDistrictOffice() ? "district office " + unit.districtId() : "school " + unit.schoolId());
    }
}
