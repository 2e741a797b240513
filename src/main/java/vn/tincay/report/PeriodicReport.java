package vn.tincay.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.tincay.organisation.District;
import vn.tincay.organisation.School;
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.UserFacingException;

/**
 * The periodic report of one unit – a school, or the district office's consolidated report – for
 * one reporting period. Owns the workflow: the unit edits while it is a draft or returned, submits
 * it; the district coordinator accepts it (which locks it) or returns it with a comment.
 */
@Entity
@Table(name = "periodic_report")
public class PeriodicReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false)
    private District district;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    private School school;

    /** The school id, or 0 for the district office: "one report per unit and period" as a unique key. */
    @Column(name = "unit_key", nullable = false)
    private long unitKey;

    @Column(name = "period_id", nullable = false)
    private long periodId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportStatus status = ReportStatus.DRAFT;

    @Column(name = "document_number", length = ReportContent.DOCUMENT_NUMBER)
    private String documentNumber;

    @Column(length = ReportContent.PLACE)
    private String place;

    @Column(name = "signer_title", length = ReportContent.SIGNER)
    private String signerTitle;

    @Column(name = "signer_name", length = ReportContent.SIGNER)
    private String signerName;

    @Column(length = ReportContent.RECIPIENTS)
    private String recipients;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "periodic_report_section", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "section", length = 24)
    @MapKeyEnumerated(EnumType.STRING)
    @Lob
    @Column(name = "body")
    private Map<ReportSection, String> texts = new EnumMap<>(ReportSection.class);

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "periodic_report_case", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<ReportedCase> cases = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "periodic_report_figure", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "figure", length = 48)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "figure_value", nullable = false)
    private Map<Figure, Long> figures = new EnumMap<>(Figure.class);

    @Column(name = "figures_as_of")
    private Instant figuresAsOf;

    @Column(name = "return_comment", length = PeriodicReport.COMMENT)
    private String returnComment;

    /** The date printed on the document: the day of the last submission. */
    @Column(name = "report_date")
    private LocalDate reportDate;

    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    public static final int COMMENT = 2000;

    protected PeriodicReport() {
    }

    /** A school's report (school not null) or the district office's consolidated report. */
    public PeriodicReport(District district, School school, long periodId, String by, Instant now) {
        if (school != null && !java.util.Objects.equals(school.getDistrict().getId(), district.getId())) {
            throw new IllegalArgumentException("school outside district");
        }
        this.district = district;
        this.school = school;
        this.unitKey = school == null ? 0L : school.getId() == null ? -1L : school.getId();
        this.periodId = periodId;
        this.createdBy = by;
        this.createdAt = now;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** Replaces the header fields, the section texts and the chosen cases. */
    public void edit(ReportContent content, String by, Instant now) {
        requireEditable();
        check(content);
        this.documentNumber = trimToNull(content.getDocumentNumber());
        this.place = trimToNull(content.getPlace());
        this.signerTitle = trimToNull(content.getSignerTitle());
        this.signerName = trimToNull(content.getSignerName());
        this.recipients = trimToNull(content.getRecipients());
        for (ReportSection section : ReportSection.withText()) {
            String text = content.text(section).strip();
            if (text.isEmpty()) {
                texts.remove(section);
            } else {
                texts.put(section, text);
            }
        }
        cases.clear();
        for (ReportedCase chosen : content.getCases()) {
            cases.add(new ReportedCase(chosen.getIncidentId(), trimToNull(chosen.getCaseCode()),
                    chosen.getSummary().strip()));
        }
        touch(by, now);
    }

    private void check(ReportContent content) {
        limit(content.getDocumentNumber(), ReportContent.DOCUMENT_NUMBER);
        limit(content.getPlace(), ReportContent.PLACE);
        limit(content.getSignerTitle(), ReportContent.SIGNER);
        limit(content.getSignerName(), ReportContent.SIGNER);
        limit(content.getRecipients(), ReportContent.RECIPIENTS);
        for (ReportSection section : ReportSection.withText()) {
            limit(content.text(section), ReportContent.SECTION_TEXT);
        }
        if (content.getCases().size() > ReportContent.MAX_CASES) {
            throw new UserFacingException("report.error.tooManyCases", ReportContent.MAX_CASES);
        }
        for (ReportedCase chosen : content.getCases()) {
            if (chosen.getSummary() == null || chosen.getSummary().isBlank()) {
                throw new UserFacingException("report.error.caseSummaryMissing");
            }
            limit(chosen.getSummary(), ReportedCase.SUMMARY);
            if (!isSchoolReport() && (chosen.getCaseCode() != null || chosen.getIncidentId() != null)) {
                // The consolidated report goes to the province, which never sees case codes.
                throw new IllegalArgumentException("case code in a district report");
            }
        }
    }

    private static void limit(String value, int max) {
        if (value != null && value.length() > max) {
            throw new UserFacingException("report.error.tooLong", max);
        }
    }

    /** New figures read from the register and the cases (only while the unit may still edit). */
    public void refreshFigures(ReportFigures fresh, String by, Instant now) {
        requireEditable();
        figures.clear();
        fresh.asMap().forEach((figure, value) -> {
            if (value != 0) {
                figures.put(figure, value);
            }
        });
        this.figuresAsOf = now;
        touch(by, now);
    }

    /** Submits the report; an official report needs its number ("12/BC-…"), not the form's "…/BC-…". */
    public void submit(String by, Instant now) {
        requireEditable();
        if (!vn.tincay.report.document.ReportUnit.isRealNumber(documentNumber)) {
            throw new UserFacingException("report.error.numberRequired", "1/BC-…");
        }
        this.status = ReportStatus.SUBMITTED;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = now;
        }
        this.submittedAt = now;
        this.reportDate = LocalDate.ofInstant(now, LocalTime.ZONE);
        touch(by, now);
    }

    /** The coordinator accepts a submitted school report; it is locked from then on. */
    public void accept(String by, Instant now) {
        requireUnderReview();
        this.status = ReportStatus.ACCEPTED;
        this.decidedAt = now;
        this.decidedBy = by;
        touch(by, now);
    }

    /** The coordinator sends a submitted school report back; the comment says what to change. */
    public void returnForChanges(String comment, String by, Instant now) {
        requireUnderReview();
        if (comment == null || comment.isBlank()) {
            throw new UserFacingException("report.error.commentRequired");
        }
        limit(comment, COMMENT);
        this.status = ReportStatus.RETURNED;
        this.returnComment = comment.strip();
        this.decidedAt = now;
        this.decidedBy = by;
        touch(by, now);
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new UserFacingException(status == ReportStatus.ACCEPTED ? "report.error.locked"
                    : "report.error.notEditable");
        }
    }

    private void requireUnderReview() {
        if (!isSchoolReport()) {
            throw new UserFacingException("report.error.noReview");
        }
        if (status != ReportStatus.SUBMITTED) {
            throw new UserFacingException("report.error.notSubmitted");
        }
    }

    private void touch(String by, Instant now) {
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** Submitted for the first time after the due date (a report not yet submitted is not "late" but missing). */
    public boolean isLate(LocalDate dueDate) {
        return firstSubmittedAt != null && LocalDate.ofInstant(firstSubmittedAt, LocalTime.ZONE).isAfter(dueDate);
    }

    public boolean isSchoolReport() {
        return school != null;
    }

    /** A copy of what the unit wrote, for the edit form and the version history. */
    public ReportContent content() {
        ReportContent content = new ReportContent();
        content.setDocumentNumber(documentNumber);
        content.setPlace(place);
        content.setSignerTitle(signerTitle);
        content.setSignerName(signerName);
        content.setRecipients(recipients);
        texts.forEach(content::text);
        content.setCases(new ArrayList<>(cases.stream().map(ReportedCase::copy).toList()));
        return content;
    }

    public ReportFigures figures() {
        return new ReportFigures(figures);
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
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

    public long getUnitKey() {
        return unitKey;
    }

    public long getPeriodId() {
        return periodId;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getReturnComment() {
        return returnComment;
    }

    public LocalDate getReportDate() {
        return reportDate;
    }

    public Instant getFiguresAsOf() {
        return figuresAsOf;
    }

    public Instant getFirstSubmittedAt() {
        return firstSubmittedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
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
