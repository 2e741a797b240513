package vn.tincay.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** The district's target range for women's share in leadership and party committees (default 20-25 %). */
@Entity
@Table(name = "district_target")
public class DistrictTarget {

    @Id
    @Column(name = "district_id")
    private Long districtId;

    @Column(name = "women_share_min_pct", nullable = false, precision = 4, scale = 1)
    private BigDecimal minPercent;

    @Column(name = "women_share_max_pct", nullable = false, precision = 4, scale = 1)
    private BigDecimal maxPercent;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected DistrictTarget() {
    }

    public DistrictTarget(long districtId, TargetRange range, String by, Instant at) {
        this.districtId = districtId;
        change(range, by, at);
    }

    public void change(TargetRange range, String by, Instant at) {
        this.minPercent = range.minPercent();
        this.maxPercent = range.maxPercent();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public TargetRange range() {
        return new TargetRange(minPercent, maxPercent);
    }

    public Long getDistrictId() {
        return districtId;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
