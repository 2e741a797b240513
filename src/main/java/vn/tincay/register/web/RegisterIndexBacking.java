package vn.tincay.register.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Messages;
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.UserFacingException;
import vn.tincay.register.ActionMonthTotals;
import vn.tincay.register.ActivityLine;
import vn.tincay.register.ActivityTotals;
import vn.tincay.register.DocumentLine;
import vn.tincay.register.FormTotals;
import vn.tincay.register.InspectionLine;
import vn.tincay.register.TrainingLine;
import vn.tincay.register.UnitStaffStatistics;
import vn.tincay.register.DocumentTypeCount;
import vn.tincay.register.InspectionTotals;
import vn.tincay.register.PeriodInfo;
import vn.tincay.register.RegisterQueries;
import vn.tincay.register.RegisterScope;
import vn.tincay.register.ReportingPeriodService;
import vn.tincay.register.StaffStatisticsSummary;
import vn.tincay.register.TrainingTotals;
import vn.tincay.register.WorkPlanService;
import vn.tincay.register.WorkPlanTotals;

/**
 * /register/index.xhtml: the register at a glance for a date range (a whole year or one reporting
 * period): activity and training totals, documents, inspections, women's shares against the target.
 */
@Named
@ViewScoped
public class RegisterIndexBacking extends RegisterListBacking {

    private static final long serialVersionUID = 1L;

    @EJB
    private RegisterQueries queries;

    @EJB
    private ReportingPeriodService periods;

    @EJB
    private WorkPlanService workPlans;

    private int year;
    private Long periodId;
    private List<PeriodInfo> periodsOfYear;
    private LocalDate from;
    private LocalDate to;
    private ActivityTotals activities;
    private List<ActionMonthTotals> actionMonths;
    private TrainingTotals trainings;
    private List<DocumentTypeCount> documents;
    private InspectionTotals inspections;
    private StaffStatisticsSummary staff;
    private List<FormTotals> forms;
    private List<ActivityLine> activityLines;
    private List<TrainingLine> trainingLines;
    private List<DocumentLine> documentLines;
    private List<InspectionLine> inspectionLines;
    private List<UnitStaffStatistics> perUnit;
    private WorkPlanTotals plans;

    @PostConstruct
    void init() {
        year = LocalTime.today(Clock.systemUTC()).getYear();
        refresh();
    }

    public void refresh() {
        try {
            periodsOfYear = periods.periodsOf(year);
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return;
        }
        PeriodInfo period = periodId == null || periodsOfYear.stream().noneMatch(p -> p.id() == periodId) ? null
                : queries.period(periodId);
        from = period == null ? LocalDate.of(year, 1, 1) : period.coversFrom();
        to = period == null ? LocalDate.of(year, 12, 31) : period.coversTo();
        RegisterScope scope = scope();
        activities = queries.activityTotals(scope, from, to);
        actionMonths = queries.activitiesByActionMonth(scope, from, to);
        trainings = queries.trainingTotals(scope, from, to);
        documents = queries.documentsByType(scope, from, to);
        inspections = queries.inspectionTotals(scope, from, to);
        staff = period == null ? queries.latestStaffStatistics(scope, from, to) : queries.staffStatistics(scope, period.id());
        forms = queries.activitiesByForm(scope, from, to);
        activityLines = queries.activities(scope, from, to);
        trainingLines = queries.trainings(scope, from, to);
        documentLines = queries.documents(scope, from, to);
        inspectionLines = queries.inspections(scope, from, to);
        plans = workPlans.totals(scope, from, to);
        perUnit = period == null || !isSeveralUnits() ? List.of() : queries.staffStatisticsPerUnit(scope, period.id());
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public void setPeriodId(Long periodId) {
        this.periodId = periodId;
    }

    public List<PeriodInfo> getPeriodsOfYear() {
        return periodsOfYear;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public ActivityTotals getActivities() {
        return activities;
    }

    public List<ActionMonthTotals> getActionMonths() {
        return actionMonths;
    }

    public TrainingTotals getTrainings() {
        return trainings;
    }

    public List<DocumentTypeCount> getDocuments() {
        return documents;
    }

    public InspectionTotals getInspections() {
        return inspections;
    }

    public List<FormTotals> getForms() {
        return forms;
    }

    public List<ActivityLine> getActivityLines() {
        return activityLines;
    }

    public List<TrainingLine> getTrainingLines() {
        return trainingLines;
    }

    public List<DocumentLine> getDocumentLines() {
        return documentLines;
    }

    public List<InspectionLine> getInspectionLines() {
        return inspectionLines;
    }

    public List<UnitStaffStatistics> getPerUnit() {
        return perUnit;
    }

    public StaffStatisticsSummary getStaff() {
        return staff;
    }

    /** Work plans issued in the range and their money. */
    public WorkPlanTotals getPlans() {
        return plans;
    }
}
