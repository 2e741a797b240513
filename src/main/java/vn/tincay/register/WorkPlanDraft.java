package vn.tincay.register;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A work plan as typed into its form (id null: a new one): the plan document, its activity lines (a new
 * form starts with one empty line) and the partners' support.
 */
public class WorkPlanDraft extends RegisterDraft {

    private static final long serialVersionUID = 1L;

    @NotNull
    @Min(WorkPlan.MIN_YEAR)
    @Max(WorkPlan.MAX_YEAR)
    private Integer year;
    @NotBlank
    @Size(max = WorkPlan.NUMBER)
    private String number;
    @NotNull
    @PastOrPresent
    private LocalDate issuedOn;
    @NotBlank
    @Size(max = WorkPlan.TITLE)
    private String title;
    @Valid
    @Size(min = 1, max = WorkPlan.MAX_ACTIVITIES)
    private List<PlanActivityDraft> activities = new ArrayList<>(List.of(new PlanActivityDraft()));
    @Valid
    @Size(max = WorkPlan.MAX_RESOURCES)
    private List<MobilisedResourceDraft> resources = new ArrayList<>();

    public static WorkPlanDraft of(WorkPlan p) {
        WorkPlanDraft d = new WorkPlanDraft();
        d.readFrom(p);
        d.year = p.getYear();
        d.number = p.getNumber();
        d.issuedOn = p.getIssuedOn();
        d.title = p.getTitle();
        d.activities = new ArrayList<>(p.getActivities().stream().map(PlanActivityDraft::of).toList());
        d.resources = new ArrayList<>(p.getResources().stream().map(MobilisedResourceDraft::of).toList());
        return d;
    }

    /** The totals of the lines as typed (the form shows them before saving). */
    public WorkPlanTotals totals() {
        long planned = 0;
        long spent = 0;
        for (PlanActivityDraft a : activities) {
            planned += PlanActivityDraft.amount(a.getPlannedAmount());
            spent += PlanActivityDraft.amount(a.getSpentAmount());
        }
        long mobilised = 0;
        for (MobilisedResourceDraft r : resources) {
            mobilised += PlanActivityDraft.amount(r.getAmount());
        }
        return new WorkPlanTotals(1, planned, spent, mobilised);
    }

    public void addActivity() {
        if (activities.size() < WorkPlan.MAX_ACTIVITIES) {
            activities.add(new PlanActivityDraft());
        }
    }

    /** Removes a line; the last one stays (a plan has at least one activity). */
    public void removeActivity(int index) {
        if (activities.size() > 1 && index >= 0 && index < activities.size()) {
            activities.remove(index);
        }
    }

    public void addResource() {
        if (resources.size() < WorkPlan.MAX_RESOURCES) {
            resources.add(new MobilisedResourceDraft());
        }
    }

    public void removeResource(int index) {
        if (index >= 0 && index < resources.size()) {
            resources.remove(index);
        }
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<PlanActivityDraft> getActivities() {
        return activities;
    }

    public List<MobilisedResourceDraft> getResources() {
        return resources;
    }
}
