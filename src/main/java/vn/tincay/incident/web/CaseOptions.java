package vn.tincay.incident.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import vn.tincay.incident.AgeGroup;
import vn.tincay.incident.Answer;
import vn.tincay.incident.GbvAnswers;
import vn.tincay.incident.CloseReason;
import vn.tincay.incident.ConsentGiver;
import vn.tincay.incident.GbvType;
import vn.tincay.incident.IncidentStatus;
import vn.tincay.incident.PlaceType;
import vn.tincay.incident.Relationship;
import vn.tincay.incident.Sex;
import vn.tincay.incident.SurvivorKind;

/** The fixed choices of the case pages' drop-downs, as {@code #{caseOptions.…}}; labels come from the bundle. */
@Named
@ApplicationScoped
public class CaseOptions {

    /** The GBVIMS questions in their priority order. */
    public GbvAnswers.Question[] getQuestions() {
        return GbvAnswers.Question.values();
    }

    /** The bundle key of a question's full text, as the intake form asks it. */
    public String questionKey(GbvAnswers.Question question) {
        return "intake.q." + IntakeRules.questionField(question).substring(1, 2).toLowerCase()
                + IntakeRules.questionField(question).substring(2);
    }

    public Answer[] getAnswers() {
        return Answer.values();
    }

    public PlaceType[] getPlaceTypes() {
        return PlaceType.values();
    }

    public AgeGroup[] getAgeGroups() {
        return AgeGroup.values();
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public SurvivorKind[] getSurvivorKinds() {
        return SurvivorKind.values();
    }

    public Relationship[] getRelationships() {
        return Relationship.values();
    }

    public ConsentGiver[] getConsentGivers() {
        return ConsentGiver.values();
    }

    public IncidentStatus[] getStatuses() {
        return IncidentStatus.values();
    }

    public GbvType[] getTypes() {
        return GbvType.values();
    }

    public CloseReason[] getCloseReasons() {
        return CloseReason.values();
    }
}
