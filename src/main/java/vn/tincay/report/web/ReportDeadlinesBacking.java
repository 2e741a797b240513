package vn.tincay.report.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.tincay.report.HomeDeadlines;
import vn.tincay.report.PeriodicReportService;
import vn.tincay.report.ReportRow;
import vn.tincay.report.SchoolsDue;
import vn.tincay.security.CurrentUser;
import vn.tincay.security.Role;

/** The "report deadlines" card of the focal point's and the coordinator's home pages. */
@Named
@RequestScoped
public class ReportDeadlinesBacking {

    @EJB
    private PeriodicReportService reports;

    @Inject
    private CurrentUser currentUser;

    private List<ReportRow> own = List.of();
    private List<SchoolsDue> schools = List.of();

    @PostConstruct
    void load() {
        if (currentUser.hasRole(Role.SCHOOL_FOCAL_POINT) || currentUser.hasRole(Role.DISTRICT_COORDINATOR)) {
            HomeDeadlines deadlines = reports.homeDeadlines();
            own = deadlines.own();
            schools = deadlines.schools();
        }
    }

    public List<ReportRow> getOwn() {
        return own;
    }

    public List<SchoolsDue> getSchools() {
        return schools;
    }
}
