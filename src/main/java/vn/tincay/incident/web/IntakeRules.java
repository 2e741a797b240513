package vn.tincay.incident.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.tincay.incident.AgeGroup;
import vn.tincay.incident.ChildProtection;
import vn.tincay.incident.ConsentGiver;
import vn.tincay.incident.GbvAnswers;
import vn.tincay.incident.GbvAnswers.Question;
import vn.tincay.incident.GbvClassification;
import vn.tincay.incident.GbvType;
import vn.tincay.incident.Incident;
import vn.tincay.incident.IncidentDraft;
import vn.tincay.incident.PlaceType;

/**
 * What the intake form checks before it lets the reporter go on to the next step, so that a
 * mistake is shown next to its field while the reporter is still on that step. The same rules are
 * enforced again by the entity when the report is filed; this class only asks the domain
 * ({@link ChildProtection}, {@link GbvClassification}) and never decides anything of its own.
 */
public final class IntakeRules {

    /** A problem with one field of the form: its id in the form, a bundle key and arguments. */
    public record Problem(String field, String key, Object... arguments) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Problem p && p.field.equals(field) && p.key.equals(key)
                    && Arrays.equals(p.arguments, arguments);
        }

        @Override
        public int hashCode() {
            return 31 * field.hashCode() + key.hashCode();
        }

        @Override
        public String toString() {
            return field + ": " + key + Arrays.toString(arguments);
        }
    }

    private IntakeRules() {
    }

    /** The problems of one step; empty when the reporter may go on. */
    public static List<Problem> check(IntakeStep step, IncidentDraft draft, boolean schoolRequired, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        switch (step) {
            case WHEN_WHERE -> whenAndWhere(draft, schoolRequired, today, problems);
            case WHAT_HAPPENED -> questions(draft, problems);
            case SURVIVOR -> survivor(draft, today, problems);
            case PERPETRATORS -> perpetrators(draft, problems);
            case CONSENT -> consent(draft, problems);
            default -> {
                // The review only shows.
            }
        }
        return problems;
    }

    /** The first step (in order) with a problem, or null when the whole report may be filed. */
    public static IntakeStep firstStepWithProblems(IncidentDraft draft, boolean schoolRequired, LocalDate today) {
        for (IntakeStep step : IntakeStep.values()) {
            if (!check(step, draft, schoolRequired, today).isEmpty()) {
                return step;
            }
        }
        return null;
    }

    private static void whenAndWhere(IncidentDraft draft, boolean schoolRequired, LocalDate today,
                                     List<Problem> problems) {
        LocalDate incident = draft.getIncidentDate();
        LocalDate reported = draft.getReportedDate();
        if (incident == null) {
            problems.add(new Problem("incidentDate", "intake.error.required"));
        } else if (incident.isAfter(today)) {
            problems.add(new Problem("incidentDate", "intake.error.future"));
        }
        if (reported == null) {
            problems.add(new Problem("reportedDate", "intake.error.required"));
        } else if (reported.isAfter(today)) {
            problems.add(new Problem("reportedDate", "intake.error.future"));
        }
        if (incident != null && reported != null && incident.isAfter(reported)) {
            problems.add(new Problem("incidentDate", "incident.error.incidentAfterReport"));
        }
        if (draft.getPlaceType() == null) {
            problems.add(new Problem("placeType", "intake.error.required"));
        }
        if (schoolRequired && draft.getSchoolId() == null) {
            problems.add(new Problem("school", "incident.error.schoolMissing"));
        }
    }

    /** Every GBVIMS question needs an answer (yes, no or not known): none is assumed. */
    private static void questions(IncidentDraft draft, List<Problem> problems) {
        GbvAnswers answers = draft.getAnswers() == null ? new GbvAnswers() : draft.getAnswers();
        for (Question question : answers.unanswered()) {
            problems.add(new Problem(questionField(question), "intake.error.answerRequired"));
        }
    }

    /** The id of a question's radio group in the form. */
    public static String questionField(Question question) {
        return switch (question) {
            case PENETRATION -> "qPenetration";
            case SEXUAL_CONTACT -> "qSexualContact";
            case PHYSICAL_ASSAULT -> "qPhysical";
            case FORCED_MARRIAGE -> "qForcedMarriage";
            case DENIAL -> "qDenial";
            case PSYCHOLOGICAL -> "qPsychological";
        };
    }

    private static void survivor(IncidentDraft draft, LocalDate today, List<Problem> problems) {
        LocalDate birth = draft.getSurvivorBirthDate();
        if (birth != null && birth.isAfter(today)) {
            problems.add(new Problem("survivorBirthDate", "intake.error.future"));
        } else if (birth != null && draft.getIncidentDate() != null && birth.isAfter(draft.getIncidentDate())) {
            problems.add(new Problem("survivorBirthDate", "incident.error.birthAfterIncident"));
        }
        Integer age = birth == null ? draft.getSurvivorAge() : null;
        if (age != null && (age < 0 || age > 120)) {
            problems.add(new Problem("survivorAge", "incident.error.age"));
        }
        if (draft.getSurvivorSex() == null) {
            problems.add(new Problem("survivorSex", "intake.error.required"));
        }
        if (draft.getSurvivorKind() == null) {
            problems.add(new Problem("survivorKind", "intake.error.required"));
        }
    }

    private static void perpetrators(IncidentDraft draft, List<Problem> problems) {
        if (draft.getPerpetrators().size() > Incident.MAX_PERPETRATORS) {
            problems.add(new Problem("perpetrators", "incident.error.tooManyPerpetrators", Incident.MAX_PERPETRATORS));
        }
    }

    /** Whoever is recorded as giving (or refusing) consent must be the right person for the survivor's age. */
    private static void consent(IncidentDraft draft, List<Problem> problems) {
        boolean anyConsent = draft.isConsentToReferral() || draft.isConsentToStatistics()
                || draft.isConsentToShareContact();
        if (!anyConsent && draft.getConsentGivenBy() == null) {
            return;
        }
        ConsentGiver required = requiredConsentGiver(draft);
        if (draft.getConsentGivenBy() == null) {
            problems.add(new Problem("consentGivenBy", "incident.error.consentGiverMissing"));
        } else if (required != null && draft.getConsentGivenBy() != required) {
            problems.add(new Problem("consentGivenBy", "incident.error.consentGiverWrong", required));
        }
    }

    /** The age group the incident will record: from the age when it is known, else as chosen. */
    public static AgeGroup effectiveAgeGroup(IncidentDraft draft) {
        Integer age = draft.ageAtIncident();
        if (age != null) {
            return AgeGroup.of(age);
        }
        return draft.getSurvivorAgeGroup() == null ? AgeGroup.UNKNOWN : draft.getSurvivorAgeGroup();
    }

    /** Who must give consent for this survivor; null when the age is unknown. */
    public static ConsentGiver requiredConsentGiver(IncidentDraft draft) {
        return ChildProtection.requiredConsentGiver(draft.ageAtIncident());
    }

    /**
     * Whether the case will be abuse of a child and so marked "must report to the authorities" (Law on
     * Children 2016): the same derivation as the filed incident's.
     */
    public static boolean mustReport(IncidentDraft draft) {
        boolean abuse = draft.derivedType() != GbvType.NOT_GBV || draft.getAnswers().anyUnknown();
        return ChildProtection.isChildAbuse(abuse, draft.isChildAbuse(), draft.ageAtIncident(),
                effectiveAgeGroup(draft));
    }

    /** Whether the case will count as online violence: an online place, or the reporter says so. */
    public static boolean online(IncidentDraft draft) {
        return draft.isOnlineViolence() || draft.getPlaceType() == PlaceType.ONLINE;
    }

    /** The classification the report will get, with its derived context (child sexual abuse, early marriage). */
    public static GbvClassification classification(IncidentDraft draft) {
        return GbvClassification.classify(draft.getAnswers(), draft.ageAtIncident(), effectiveAgeGroup(draft),
                draft.getSurvivorSex());
    }
}
