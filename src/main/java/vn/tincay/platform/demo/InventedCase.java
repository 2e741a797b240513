package vn.tincay.platform.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tincay.followup.Agency;
import vn.tincay.incident.AgeGroup;
import vn.tincay.incident.CloseReason;
import vn.tincay.incident.ConsentGiver;
import vn.tincay.incident.GbvAnswers;
import vn.tincay.incident.PerpetratorDraft;
import vn.tincay.incident.PlaceType;
import vn.tincay.incident.Sex;
import vn.tincay.incident.SurvivorKind;

/**
 * Every random choice behind one invented case, made up front so that a seed always gives the same
 * cases. Follow-up steps are offsets in hours from the report; {@link DemoCaseBuilder} plays only
 * the steps that lie in the past.
 */
public final class InventedCase {

    int schoolIndex;
    LocalDate incidentDate;
    LocalDate reportedDate;
    int reportedHour;
    PlaceType placeType;
    boolean urgent;
    String narrative;

    GbvAnswers answers;
    boolean domesticViolence;
    boolean childAbuse;
    boolean onlineViolence;
    boolean marriageBrokering;

    String survivorName;
    LocalDate birthDate;
    Integer age;
    AgeGroup ageGroup;
    Sex sex;
    SurvivorKind kind;
    boolean disability;
    String className;
    String address;
    String guardianName;
    String guardianPhone;

    final List<PerpetratorDraft> perpetrators = new ArrayList<>();

    ConsentGiver consentGiver;
    boolean consentToReferral;
    boolean consentToStatistics;
    boolean consentToShareContact;

    /** Reporter: the school's own staff when it has an account, else its focal point, else the coordinator. */
    boolean reportedByFocalPoint;

    /** Null: the step never happens. */
    Integer verifyAfterHours;
    boolean assigned;
    Integer progressAfterHours;
    Integer closeAfterHours;
    CloseReason closeReason;
    Integer reopenAfterHours;

    final List<Entry> entries = new ArrayList<>();
    final List<PlannedReferral> referrals = new ArrayList<>();

    /** A coordination entry. */
    static final class Entry {
        int afterHours;
        Agency agency;
        String action;
        String outcome;
        String nextStep;
        int dueInDays;
        double doneRoll;
    }

    /** A referral and how the service answers it. */
    static final class PlannedReferral {
        int afterHours;
        int serviceIndex;
        String needs;
        int answerAfterHours;
        boolean accepted;
        Integer serviceAfterHours;
        Integer closeAfterHours;
    }
}
