package vn.tincay.incident;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import vn.tincay.audit.AuditAction;
import vn.tincay.audit.AuditEntry;
import vn.tincay.audit.AuditLog;
import vn.tincay.security.Caller;
import vn.tincay.security.RequestOrigin;

/** Writes case events to the audit log with who, role, case code and IP. Never identity. */
@Dependent
public class CaseAudit {

    @EJB
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    public void record(Caller caller, AuditAction action, Incident incident, String detail) {
        record(caller, action, "Incident", incident.getId(), incident.getCaseCode(), detail);
    }

    public void record(Caller caller, AuditAction action, String targetType, Object targetId, String caseCode,
                       String detail) {
        audit.append(AuditEntry.of(caller.username(), caller.role().name(), action)
                .target(targetType, targetId)
                .caseCode(caseCode)
                .ip(origin.ip())
                .detail(detail));
    }
}
