package vn.tincay.register;

/** The kinds of register records that {@link RegisterRecords} opens, saves and deletes. */
public final class RegisterKinds {

    public static final ActivityKind ACTIVITY = new ActivityKind();
    public static final TrainingKind TRAINING = new TrainingKind();
    public static final DocumentKind DOCUMENT = new DocumentKind();
    public static final InspectionKind INSPECTION = new InspectionKind();
    public static final SelfInspectionKind SELF_INSPECTION = new SelfInspectionKind();
    public static final WorkPlanKind WORK_PLAN = new WorkPlanKind();
    public static final WomenCommitteeKind WOMEN_COMMITTEE = new WomenCommitteeKind();
    public static final CommitteeMeetingKind COMMITTEE_MEETING = new CommitteeMeetingKind();
    public static final NominationKind NOMINATION = new NominationKind();

    private RegisterKinds() {
    }
}
