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
 * a non-urgent report of three days ago, made yesterday, at school, with every GBVIMS question
 * answered "NO", no identity and no consent; each method adds to it.
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
        for (String question : QUESTIONS) {
            answers.put(question, "NO");
        }
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

    /** The GBVIMS questions, by the names the API takes them. */
    public static final List<String> QUESTIONS = List.of("penetration", "sexualContact", "physicalAssault",
            "forcedMarriage", "denial", "psychological");

    /** The GBVIMS questions answered "YES"; the others stay as they were ("NO" unless said otherwise). */
    public Report yes(String... questions) {
        return answer("YES", questions);
    }

    /** The GBVIMS questions answered "UNKNOWN" (không rõ). */
    public Report unknown(String... questions) {
        return answer("UNKNOWN", questions);
    }

    /** The GBVIMS questions left out of the body, as a reporter who skipped them. */
    public Report unanswered(String... questions) {
        for (String question : questions) {
            answers.remove(question);
        }
        return this;
    }

    public Report answer(String answer, String... questions) {
        for (String question : questions) {
            if (!QUESTIONS.contains(question)) {
                throw new IllegalArgumentException("no such question: " + question);
            }
            answers.put(question, answer);
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
