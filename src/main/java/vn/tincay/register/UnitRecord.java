package vn.tincay.register;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import vn.tincay.organisation.District;
import vn.tincay.organisation.School;

/**
 * A row of a unit's register: it belongs to a district and to one of its schools, or (school null)
 * to the district office's own register. Keeps who created and last changed it.
 */
@MappedSuperclass
public abstract class UnitRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false, updatable = false)
    private District district;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id", updatable = false)
    private School school;

    /**
     * The same column, read-only, for scope conditions: "school IS NULL" on the relationship makes
     * EclipseLink join the school table, which drops the district office's own rows.
     */
    @Column(name = "school_id", insertable = false, updatable = false)
    private Long schoolId;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected UnitRecord() {
    }

    protected UnitRecord(District district, School school, String by, Instant at) {
        this.district = Objects.requireNonNull(district);
        if (school != null && !Objects.equals(school.getDistrict().getId(), district.getId())) {
            throw new IllegalArgumentException("School outside the district");
        }
        this.school = school;
        this.createdBy = by;
        this.createdAt = at;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    protected void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The unit whose register this row is part of. */
    public RegisterUnit unit() {
        return new RegisterUnit(district.getId(), school == null ? null : school.getId());
    }

    public boolean belongsToDistrictOffice() {
        return school == null;
    }

    public Long getId() {
        return id;
    }

    public District getDistrict() {
        return district;
    }

    public School getSchool() {
        return school;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
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
