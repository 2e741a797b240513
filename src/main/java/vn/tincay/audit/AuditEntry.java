package vn.tincay.audit;

/** What the caller wants recorded; the log adds time, order and hashes. */
public record AuditEntry(String actor, String actorRole, AuditAction action, String targetType,
                         String targetId, String caseCode, String ip, String detail) {

    public static AuditEntry of(String actor, String actorRole, AuditAction action) {
        return new AuditEntry(actor, actorRole, action, null, null, null, null, null);
    }

    public AuditEntry target(String type, Object id) {
        return new AuditEntry(actor, actorRole, action, type, id == null ? null : id.toString(), caseCode, ip, detail);
    }

    public AuditEntry caseCode(String code) {
        return new AuditEntry(actor, actorRole, action, targetType, targetId, code, ip, detail);
    }

    public AuditEntry ip(String address) {
        return new AuditEntry(actor, actorRole, action, targetType, targetId, caseCode, address, detail);
    }

    public AuditEntry detail(String text) {
        return new AuditEntry(actor, actorRole, action, targetType, targetId, caseCode, ip, text);
    }
}
