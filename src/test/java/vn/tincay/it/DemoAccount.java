package vn.tincay.it;

/** The accounts of the demo data, each with its role's home page. */
public enum DemoAccount {
    ADMIN("admin", "ADMIN", "/admin/index.xhtml", "Quản trị viên Demo", "DEMOADMINTOTPSECRETFORDEMOONLYAA"),
    STAFF1("staff1", "SCHOOL_STAFF", "/school/index.xhtml", "Giáo viên Demo Một", null),
    STAFF2("staff2", "SCHOOL_STAFF", "/school/index.xhtml", "Giáo viên Demo Hai", null),
    PRINCIPAL1("principal1", "SCHOOL_FOCAL_POINT", "/school/index.xhtml", "Hiệu trưởng Demo Sao Mai",
            "DEMOPRINCIPALTOTPSECRETDEMOONLYA"),
    COORDINATOR("coordinator", "DISTRICT_COORDINATOR", "/district/index.xhtml", "Điều phối viên Demo Bình Yên",
            "DEMOCOORDINATORTOTPSECRETDEMOONL"),
    SERVICE("service", "SUPPORT_SERVICE", "/service/index.xhtml", "Cán bộ CTXH Demo", "DEMOSERVICETOTPSECRETDEMOONLYAAA"),
    PROVINCE("province", "PROVINCE_VIEWER", "/province/index.xhtml", "Chuyên viên Sở Demo", null);

    /** The password of every demo account. */
    public static final String PASSWORD = "TinCay-Demo-2026";

    /** The home areas of all roles. */
    public static final java.util.List<String> AREAS = java.util.List.of(
            "/admin/index.xhtml", "/school/index.xhtml", "/district/index.xhtml",
            "/service/index.xhtml", "/province/index.xhtml");

    private final String username;
    private final String role;
    private final String home;
    private final String displayName;
    private final String totpSecret;

    DemoAccount(String username, String role, String home, String displayName, String totpSecret) {
        this.username = username;
        this.role = role;
        this.home = home;
        this.displayName = displayName;
        this.totpSecret = totpSecret;
    }

    /**
     * The published demo authenticator secret of an account whose role requires two-factor sign-in
     * (README: Demo accounts); null for the roles where it is optional.
     */
    public String totpSecret() {
        return totpSecret;
    }

    public String username() {
        return username;
    }

    public String role() {
        return role;
    }

    public String home() {
        return home;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isAdmin() {
        return this == ADMIN;
    }

    @Override
    public String toString() {
        return username;
    }
}
