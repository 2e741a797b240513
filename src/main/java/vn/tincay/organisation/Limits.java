package vn.tincay.organisation;

/** Column lengths shared by the schema, the entities' Bean Validation and the forms. */
public final class Limits {

    public static final int CODE = 16;
    public static final int SCHOOL_CODE = 32;
    public static final int NAME = 200;
    public static final int ADDRESS = 300;
    public static final int PHONE = 32;
    public static final int EMAIL = 254;
    public static final int USERNAME = 64;
    public static final String PHONE_PATTERN = "^[0-9 +().-]{0,32}$";

    private Limits() {
    }
}
