package vn.tincay.register.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.MonthDay;
import vn.tincay.register.PeriodDates;
import java.time.Clock;
import java.util.List;
import org.omnifaces.util.Messages;
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.UserFacingException;
import vn.tincay.register.PeriodEdit;
import vn.tincay.register.RegisterDirectory;
import vn.tincay.register.ReportingPeriodService;
import vn.tincay.register.TargetSetting;

/** /register/periods.xhtml: the district's reporting periods of a year and its women's-share target. */
@Named
@ViewScoped
public class PeriodsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReportingPeriodService periods;

    @EJB
    private RegisterDirectory directory;

    private boolean coordinator;
    private int year;
    private List<PeriodEdit> edits;
    private TargetSetting target;
    private BigDecimal targetMin;
    private BigDecimal targetMax;
    private boolean calendarYear;

    @PostConstruct
    void init() {
        coordinator = directory.ownUnit().isDistrictOffice();
        year = LocalTime.today(Clock.systemUTC()).getYear();
        loadYear();
        loadTarget();
        calendarYear = periods.reportingYearStart().equals(MonthDay.of(1, 1));
    }

    public void loadYear() {
        try {
            edits = periods.periodsOf(year).stream().map(PeriodEdit::of).toList();
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
        }
    }

    private void loadTarget() {
        target = periods.target();
        targetMin = target.range().minPercent();
        targetMax = target.range().maxPercent();
    }

    public void savePeriods() {
        try {
            edits = periods.changeAll(edits).stream().map(PeriodEdit::of).toList();
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return;
        }
        Messages.addGlobalInfo("period.saved");
    }

    /** The district's reporting year: from 11/11 of the year before (as the letters) or the calendar year. */
    public void saveReportingYear() {
        try {
            periods.changeReportingYearStart(calendarYear ? MonthDay.of(1, 1) : PeriodDates.DEFAULT_YEAR_START);
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return;
        }
        loadYear();
        Messages.addGlobalInfo("period.saved");
    }

    public boolean isCalendarYear() {
        return calendarYear;
    }

    public void setCalendarYear(boolean calendarYear) {
        this.calendarYear = calendarYear;
    }

    public void saveTarget() {
        try {
            periods.changeTarget(targetMin, targetMax, target.version());
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return;
        }
        loadTarget();
        Messages.addGlobalInfo("period.target.saved");
    }

    public boolean isCoordinator() {
        return coordinator;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<PeriodEdit> getEdits() {
        return edits;
    }

    public TargetSetting getTarget() {
        return target;
    }

    public BigDecimal getTargetMin() {
        return targetMin;
    }

    public void setTargetMin(BigDecimal targetMin) {
        this.targetMin = targetMin;
    }

    public BigDecimal getTargetMax() {
        return targetMax;
    }

    public void setTargetMax(BigDecimal targetMax) {
        this.targetMax = targetMax;
    }
}
