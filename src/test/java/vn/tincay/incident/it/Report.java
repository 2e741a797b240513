package vn.tincay.incident.it;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An incident report as the API takes it (the fields of IncidentDraft), built in a test: by default
 * a non-urgent report of three days ago, made yesterday, at school, with no GBVIMS answer, no
 * identity and no consent; each method adds to it.
 */
public final class Report {

    /** The application's today: Vietnam's. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final Map<String, Object> answers = new LinkedHashMap<>();
    private final List<Map<String, Object>> perpetrators = new ArrayList<>();

    private Report() {
        fields.put("submissionToken", UUID.randomUUID().toString());
        fields.put("incidentDate", today().minusDays(3).toString());
        fields.put("reportedDate", today().minusDays(1).toString());
        fields.put("placeType", "SCHOOL_PREMISES");
        fields.put("answers", answers);
        fields.put("perpetrators", perpetrators);
    }

    public static Report incident() {
        return new Report();
    }

    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    /** A date as the date fields show it and take it: dd/MM/yyyy. */
    public static String shown(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** The GBVIMS questions answered yes: penetration, sexualContact, physicalAssault, forcedMarriage, denial, psychological. */
    public Report yes(String... questions) {
        for (String question : questions) {
            answers.put(question, true);
        }
        return this;
    }

    public Report urgent() {
        return set("urgent", true);
    }

    public Report childAbuseFlag() {
        return set("childAbuse", true);
    }

    public Report narrative(String narrative) {
        return set("narrative", narrative);
    }

    public Report survivor(String name, int age) {
        set("survivorName", name);
        return set("survivorAge", age);
    }

    public Report age(int age) {
        return set("survivorAge", age);
    }

    public Report guardian(String name, String phone) {
        set("guardianName", name);
        return set("guardianPhone", phone);
    }

    public Report address(String address) {
        return set("survivorAddress", address);
    }

    /** Consent given by SURVIVOR, GUARDIAN or BOTH, to referral, statistics and sharing contact details. */
    public Report consent(String givenBy, boolean referral, boolean statistics, boolean shareContact) {
        set("consentGivenBy", givenBy);
        set("consentToReferral", referral);
        set("consentToStatistics", statistics);
        return set("consentToShareContact", shareContact);
    }

    public Report dates(LocalDate incidentDate, LocalDate reportedDate) {
        set("incidentDate", incidentDate.toString());
        return set("reportedDate", reportedDate.toString());
    }

    public Report token(String token) {
        return set("submissionToken", token);
    }

    public String token() {
        return (String) fields.get("submissionToken");
    }

    public Report perpetrator(String relationship, String sex, String ageGroup) {
        perpetrators.add(Map.of("relationship", relationship, "sex", sex, "ageGroup", ageGroup));
        return this;
    }

    public Report set(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public String json() {
        return Json.write(fields);
    }

    @Override
    public String toString() {
        return json();
    }
}
