package vn.tincay.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A district (quận/huyện) and its education office (Phòng GD&ĐT), which coordinates every case in
 * the district. Its code starts every case code of the district.
 */
@Entity
@Table(name = "district")
public class District {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "province_id", nullable = false)
    private Province province;

    @NotBlank
    @Size(max = Limits.CODE)
    @Column(nullable = false, unique = true, length = Limits.CODE)
    private String code;

    @NotBlank
    @Size(max = Limits.NAME)
    @Column(nullable = false, length = Limits.NAME)
    private String name;

    @NotBlank
    @Size(max = Limits.NAME)
    @Column(name = "office_name", nullable = false, length = Limits.NAME)
    private String officeName;

    @Size(max = Limits.NAME)
    @Column(name = "contact_name", length = Limits.NAME)
    private String contactName;

    @Size(max = Limits.PHONE)
    @Column(name = "contact_phone", length = Limits.PHONE)
    private String contactPhone;

    @Size(max = Limits.EMAIL)
    @Column(name = "contact_email", length = Limits.EMAIL)
    private String contactEmail;

    /** Who signs the unit's reports (see the report's signer block); may be empty. */
    @Size(max = Limits.NAME)
    @Column(name = "office_head_name", length = Limits.NAME)
    private String officeHeadName;

    /** Who signs the unit's reports (see the report's signer block); may be empty. */
    @Size(max = Limits.NAME)
    @Column(name = "office_deputy_name", length = Limits.NAME)
    private String officeDeputyName;

    /** "MM-dd": the day of the previous year the reporting year starts (see ReportingYear); "01-01" the calendar year. */
    @Column(name = "reporting_year_start", nullable = false, length = 5)
    private String reportingYearStart = "11-11";

    @Version
    private int version;

    protected District() {
    }

    public District(Province province, String code, String name, String officeName) {
        this.province = province;
        this.code = code;
        this.name = name;
        this.officeName = officeName;
    }

    public void setContact(String name, String phone, String email) {
        this.contactName = name;
        this.contactPhone = phone;
        this.contactEmail = email;
    }

    public Long getId() {
        return id;
    }

    public Province getProvince() {
        return province;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getOfficeName() {
        return officeName;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }
    public String getOfficeHeadName() {
        return officeHeadName;
    }

    public void setOfficeHeadName(String officeHeadName) {
        this.officeHeadName = officeHeadName == null || officeHeadName.isBlank() ? null : officeHeadName.strip();
    }

    public String getOfficeDeputyName() {
        return officeDeputyName;
    }

    public void setOfficeDeputyName(String officeDeputyName) {
        this.officeDeputyName = officeDeputyName == null || officeDeputyName.isBlank() ? null : officeDeputyName.strip();
    }

    /** The first day of the district's reporting year (in the previous year unless it is 1 January). */
    public java.time.MonthDay getReportingYearStart() {
        return java.time.MonthDay.parse("--" + (reportingYearStart == null ? "11-11" : reportingYearStart));
    }

    public void setReportingYearStart(java.time.MonthDay start) {
        this.reportingYearStart = String.format("%02d-%02d", start.getMonthValue(), start.getDayOfMonth());
    }
}
