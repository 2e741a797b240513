package vn.tincay.register;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.tincay.organisation.District;
import vn.tincay.organisation.School;
import vn.tincay.platform.UserFacingException;

/**
 * One line of the district's yearly inspection plan (ke hoach kiem tra): which school, when, what
 * is inspected; and, once carried out, its result (findings, recommendations, date done).
 * Only the district office keeps inspections; the school is the inspected one.
 */
@Entity
@Table(name = "inspection_plan_item")
public class InspectionPlanItem extends UnitRecord {

    public static final int CONTENT = 2000;
    public static final int RESULT_TEXT = 4000;

    @Column(name = "plan_year", nullable = false)
    private int planYear;

    @NotNull
    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @NotBlank
    @Size(max = CONTENT)
    @Column(nullable = false, length = CONTENT)
    private String content;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Size(max = RESULT_TEXT)
    @Column(length = RESULT_TEXT)
    private String findings;

    @Size(max = RESULT_TEXT)
    @Column(length = RESULT_TEXT)
    private String recommendations;

    @Column(name = "result_by", length = 64)
    private String resultBy;

    @Column(name = "result_at")
    private Instant resultAt;

    /** The topics of the letter this inspection covers and, once done, how the school did on each. */
    @ElementCollection
    @CollectionTable(name = "inspection_checklist_item", joinColumns = @JoinColumn(name = "plan_item_id"))
    private List<ChecklistEntry> checklist = new ArrayList<>();

    protected InspectionPlanItem() {
    }

    public InspectionPlanItem(District district, School inspected, String by, Instant at) {
        super(district, Objects.requireNonNull(inspected, "inspected school"), by, at);
    }

    /** Plans (or re-plans) the inspection; the plan year follows the planned date. */
    public void plan(LocalDate plannedOn, String content, String by, Instant at) {
        if (plannedOn == null) {
            throw new UserFacingException("register.error.dateRequired");
        }
        this.plannedOn = plannedOn;
        this.planYear = plannedOn.getYear();
        this.content = content;
        touch(by, at);
    }

    /** Records the result; it cannot be dated in the future nor before the year of the plan. */
    public void recordResult(LocalDate doneOn, String findings, String recommendations, LocalDate today,
                             String by, Instant at) {
        if (doneOn == null) {
            throw new UserFacingException("register.error.dateRequired");
        }
        if (doneOn.isAfter(today)) {
            throw new UserFacingException("register.error.doneInFuture");
        }
        if (findings == null || findings.isBlank()) {
            throw new UserFacingException("register.error.findingsRequired");
        }
        this.doneOn = doneOn;
        this.findings = findings;
        this.recommendations = recommendations;
        this.resultBy = by;
        this.resultAt = at;
        touch(by, at);
    }

    /**
     * Sets the topics covered and their results (see {@link Checklist#entries}): once the inspection
     * is done, every covered topic needs its result.
     */
    public void cover(List<ChecklistLine> lines, String by, Instant at) {
        Checklist.replace(checklist, Checklist.entries(lines, isDone()));
        touch(by, at);
    }

    public List<ChecklistEntry> getChecklist() {
        return List.copyOf(checklist);
    }

    public boolean isDone() {
        return doneOn != null;
    }

    public int getPlanYear() {
        return planYear;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public String getContent() {
        return content;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getFindings() {
        return findings;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public String getResultBy() {
        return resultBy;
    }

    public Instant getResultAt() {
        return resultAt;
    }
}
