package vn.tincay.report.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Faces;
import vn.tincay.notification.NotificationRow;
import vn.tincay.notification.NotificationService;
import vn.tincay.report.PeriodicReportService;
import vn.tincay.report.ReportRow;

/** /report/index.xhtml: the caller's unit's periodic reports, one line per reporting period. */
@Named
@ViewScoped
public class ReportIndexBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int NOTICES = 10;

    @EJB
    private PeriodicReportService reports;

    @EJB
    private NotificationService notifications;

    private List<ReportRow> rows;
    private List<NotificationRow> notices;

    /** f:viewAction of the page. */
    public void load() {
        ReportPages.load(() -> {
            rows = reports.ownReports();
            notices = notifications.aboutReports(NOTICES);
        });
    }

    /** Opens (creating and pre-filling on first use) the report of the period. */
    public void open(long periodId) {
        long id = reports.open(periodId);
        Faces.redirect("report/edit.xhtml?id=%d", id);
    }

    /** Marks a notice read and shows the page again. */
    public void markRead(long notificationId) {
        notifications.markRead(notificationId);
        Faces.redirect("report/index.xhtml");
    }

    public List<NotificationRow> getNotices() {
        return notices;
    }

    public List<ReportRow> getRows() {
        return rows;
    }
}
