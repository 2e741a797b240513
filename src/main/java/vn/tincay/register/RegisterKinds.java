package vn.tincay.register;

/** The kinds of register records that {@link RegisterRecords} opens, saves and deletes. */
public final class RegisterKinds {

    public static final ActivityKind ACTIVITY = new ActivityKind();
    public static final TrainingKind TRAINING = new TrainingKind();
    public static final DocumentKind DOCUMENT = new DocumentKind();
    public static final InspectionKind INSPECTION = new InspectionKind();
    public static final NominationKind NOMINATION = new NominationKind();

    private RegisterKinds() {
    }
}
