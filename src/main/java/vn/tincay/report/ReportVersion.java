package vn.tincay.report;

import jakarta.persistence.Column;
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
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One kept version of a report: who did what when (saved, submitted, accepted, returned), the
 * reviewer's comment, and the full content as it was then. Written once, never changed.
 */
@Entity
@Table(name = "periodic_report_version")
public class ReportVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private PeriodicReport report;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportAction action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportStatus status;

    @Column(length = PeriodicReport.COMMENT)
    private String comment;

    @Column(name = "acted_by", nullable = false, length = 64)
    private String actedBy;

    @Column(name = "acted_at", nullable = false)
    private Instant actedAt;

    @Lob
    @Column(nullable = false)
    private String content;

    protected ReportVersion() {
    }

    public ReportVersion(PeriodicReport report, int number, ReportAction action, String comment, String actedBy,
                         Instant actedAt) {
        this.report = report;
        this.number = number;
        this.action = action;
        this.status = report.getStatus();
        this.comment = comment;
        this.actedBy = actedBy;
        this.actedAt = actedAt;
        this.content = ReportSnapshot.of(report).encode();
    }

    public ReportSnapshot snapshot() {
        return ReportSnapshot.decode(content);
    }

    public Long getId() {
        return id;
    }

    public PeriodicReport getReport() {
        return report;
    }

    public int getNumber() {
        return number;
    }

    public ReportAction getAction() {
        return action;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getComment() {
        return comment;
    }

    public String getActedBy() {
        return actedBy;
    }

    public Instant getActedAt() {
        return actedAt;
    }
}
