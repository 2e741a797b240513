package vn.tincay.register;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.tincay.organisation.District;
import vn.tincay.organisation.School;
import vn.tincay.platform.UserFacingException;

/**
 * A unit's yearly work plan for the advancement of women with its budget (ke hoach cong tac va du
 * toan kinh phi, Thong tu 191/2009/TT-BTC; seed 000 section 4c): the plan document, its activity lines
 * and the resources mobilised from partners (seed 004 section 3). Keeps its totals with it.
 */
@Entity
@Table(name = "work_plan")
public class WorkPlan extends UnitRecord {

    public static final int NUMBER = 64;
    public static final int TITLE = 500;
    public static final int MAX_ACTIVITIES = 50;
    public static final int MAX_RESOURCES = 50;
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @NotBlank
    @Size(max = NUMBER)
    @Column(name = "doc_number", nullable = false, length = NUMBER)
    private String number;

    @NotNull
    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @NotBlank
    @Size(max = TITLE)
    @Column(nullable = false, length = TITLE)
    private String title;

    @Column(name = "planned_total", nullable = false)
    private long plannedTotal;

    @Column(name = "spent_total", nullable = false)
    private long spentTotal;

    @Column(name = "mobilised_total", nullable = false)
    private long mobilisedTotal;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "work_plan_activity", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanActivity> activities = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "work_plan_resource", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<MobilisedResource> resources = new ArrayList<>();

    protected WorkPlan() {
    }

    public WorkPlan(District district, School school, String by, Instant at) {
        super(district, school, by, at);
    }

    /**
     * Describes the plan and replaces its lines; the totals follow the lines. A plan is issued no
     * later than the year it plans for (it may be issued late in the year before).
     *
     * @throws UserFacingException when the year is out of range, the plan is dated after its year, it has no
     *                             activity line, or too many lines
     */
    public void describe(int year, String number, LocalDate issuedOn, String title, List<PlanActivity> activities,
                         List<MobilisedResource> resources, String by, Instant at) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new UserFacingException("register.plan.error.year", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
        }
        if (issuedOn == null) {
            throw new UserFacingException("register.error.dateRequired");
        }
        if (issuedOn.getYear() > year) {
            throw new UserFacingException("register.plan.error.issuedAfterYear", String.valueOf(year));
        }
        if (activities.isEmpty()) {
            throw new UserFacingException("register.plan.error.noActivity");
        }
        if (activities.size() > MAX_ACTIVITIES || resources.size() > MAX_RESOURCES) {
            throw new UserFacingException("register.plan.error.tooManyLines", MAX_ACTIVITIES);
        }
        WorkPlanTotals totals = WorkPlanTotals.of(activities, resources);
        this.year = year;
        this.number = number == null ? null : number.strip();
        this.issuedOn = issuedOn;
        this.title = title;
        this.activities.clear();
        this.activities.addAll(activities);
        this.resources.clear();
        this.resources.addAll(resources);
        this.plannedTotal = totals.planned();
        this.spentTotal = totals.spent();
        this.mobilisedTotal = totals.mobilised();
        touch(by, at);
    }

    public WorkPlanTotals totals() {
        return new WorkPlanTotals(1, plannedTotal, spentTotal, mobilisedTotal);
    }

    public int getYear() {
        return year;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getTitle() {
        return title;
    }

    public List<PlanActivity> getActivities() {
        return Collections.unmodifiableList(activities);
    }

    public List<MobilisedResource> getResources() {
        return Collections.unmodifiableList(resources);
    }
}
