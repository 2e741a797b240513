package vn.tincay.incident;

/** Fired when a report is saved; observers act after the transaction commits. No identity in it. */
public record IncidentFiled(long incidentId, String caseCode, long districtId, boolean urgent) {
}
