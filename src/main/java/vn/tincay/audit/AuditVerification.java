package vn.tincay.audit;

/** Result of walking the audit chain: intact, or the first row id where it breaks and why. */
public record AuditVerification(boolean intact, long rowsChecked, Long brokenAtId, String reason) {

    static AuditVerification intact(long rows) {
        return new AuditVerification(true, rows, null, null);
    }

    static AuditVerification broken(long rows, long atId, String reason) {
        return new AuditVerification(false, rows, atId, reason);
    }
}
