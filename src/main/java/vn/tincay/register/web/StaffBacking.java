package vn.tincay.register.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import org.omnifaces.util.Messages;
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.UserFacingException;
import vn.tincay.register.Headcounts;
import vn.tincay.register.PeriodInfo;
import vn.tincay.register.RegisterQueries;
import vn.tincay.register.RegisterScope;
import vn.tincay.register.ReportingPeriodService;
import vn.tincay.register.StaffStatisticsDraft;
import vn.tincay.register.StaffStatisticsService;
import vn.tincay.register.StaffStatisticsSummary;
import vn.tincay.register.TargetRange;
import vn.tincay.register.UnitStaffStatistics;

/**
 * /register/staff.xhtml: the unit's staff statistics for a reporting period, with women's shares
 * against the district's target; for the coordinator also every school's and the district's sums.
 */
@Named
@ViewScoped
public class StaffBacking extends RegisterListBacking {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReportingPeriodService periods;

    @EJB
    private StaffStatisticsService statistics;

    @EJB
    private RegisterQueries queries;

    private int year;
    private List<PeriodInfo> periodsOfYear;
    private Long periodId;
    private StaffStatisticsDraft draft;
    private TargetRange target;
    private StaffStatisticsSummary districtSummary;

    private final PagedModel<UnitStaffStatistics> schoolsModel = new PagedModel<>(
            (first, max, sort, asc) -> statistics.list(RegisterScope.allSchools(getOwn().unit().districtId()),
                    periodId, first, max, sort, asc), UnitStaffStatistics::id);

    @PostConstruct
    void init() {
        year = LocalTime.today(Clock.systemUTC()).getYear();
        target = periods.target().range();
        loadYear();
    }

    /** Another year: its periods (created with defaults if new), the current or next one selected. */
    public void loadYear() {
        try {
            periodsOfYear = periods.periodsOf(year);
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return;
        }
        var today = LocalTime.today(Clock.systemUTC());
        periodId = periodsOfYear.stream().filter(p -> !p.dueDate().isBefore(today)).findFirst()
                .orElse(periodsOfYear.get(periodsOfYear.size() - 1)).id();
        loadPeriod();
    }

    public void loadPeriod() {
        draft = statistics.ownForPeriod(periodId);
        districtSummary = isCoordinator()
                ? queries.staffStatistics(RegisterScope.wholeDistrict(getOwn().unit().districtId()), periodId) : null;
    }

    public void save() {
        try {
            statistics.save(draft);
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return;
        }
        Messages.addGlobalInfo("register.saved");
        loadPeriod();
    }

    /** The shares of what is typed so far (recomputed on every change). */
    public Headcounts getTyped() {
        return draft.typedHeadcounts();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<PeriodInfo> getPeriodsOfYear() {
        return periodsOfYear;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public void setPeriodId(Long periodId) {
        this.periodId = periodId;
    }

    public StaffStatisticsDraft getDraft() {
        return draft;
    }

    public TargetRange getTarget() {
        return target;
    }

    public StaffStatisticsSummary getDistrictSummary() {
        return districtSummary;
    }

    public PagedModel<UnitStaffStatistics> getSchoolsModel() {
        return schoolsModel;
    }
}
