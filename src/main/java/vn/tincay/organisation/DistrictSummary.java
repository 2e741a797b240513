package vn.tincay.organisation;

/** A district as the province sees it in lists. */
public class DistrictSummary {

    private final Long id;
    private final String code;
    private final String officeName;
    private final long activeSchools;

    public DistrictSummary(Long id, String code, String officeName, long activeSchools) {
        this.id = id;
        this.code = code;
        this.officeName = officeName;
        this.activeSchools = activeSchools;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getOfficeName() {
        return officeName;
    }

    public long getActiveSchools() {
        return activeSchools;
    }
}
