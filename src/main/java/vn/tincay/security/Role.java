package vn.tincay.security;

/**
 * The roles of the product. Each name is also the security group the identity store hands to the
 * container, so {@code @RolesAllowed} and web.xml constraints use these names.
 */
public enum Role {
    ADMIN(Scope.NONE, "/admin/index.xhtml"),
    SCHOOL_STAFF(Scope.SCHOOL, "/school/index.xhtml"),
    SCHOOL_FOCAL_POINT(Scope.SCHOOL, "/school/index.xhtml"),
    DISTRICT_COORDINATOR(Scope.DISTRICT, "/district/index.xhtml"),
    SUPPORT_SERVICE(Scope.SERVICE_ORGANISATION, "/service/index.xhtml"),
    PROVINCE_VIEWER(Scope.PROVINCE, "/province/index.xhtml");

    /** Names for annotations, which need constants. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String SCHOOL_STAFF_NAME = "SCHOOL_STAFF";
    public static final String SCHOOL_FOCAL_POINT_NAME = "SCHOOL_FOCAL_POINT";
    public static final String DISTRICT_COORDINATOR_NAME = "DISTRICT_COORDINATOR";
    public static final String SUPPORT_SERVICE_NAME = "SUPPORT_SERVICE";
    public static final String PROVINCE_VIEWER_NAME = "PROVINCE_VIEWER";

    /** Which kind of organisation an account of the role belongs to. */
    public enum Scope {
        NONE, SCHOOL, DISTRICT, SERVICE_ORGANISATION, PROVINCE
    }

    private final Scope scope;
    private final String homePage;

    Role(Scope scope, String homePage) {
        this.scope = scope;
        this.homePage = homePage;
    }

    public Scope scope() {
        return scope;
    }

    public String homePage() {
        return homePage;
    }

    /**
     * Whether accounts of the role must sign in with a second factor: every role that can see
     * survivor identities or case content, and the administrator who manages those accounts.
     */
    public boolean requiresSecondFactor() {
        return this == ADMIN || this == SCHOOL_FOCAL_POINT || this == DISTRICT_COORDINATOR || this == SUPPORT_SERVICE;
    }
}
