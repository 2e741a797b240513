package vn.tincay.report.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.tincay.platform.UserFacingException;
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
    private String headName;
    private String deputyName;

    /** f:viewAction of the page. */
    public void load() {
        ReportPages.load(() -> {
            rows = reports.ownReports();
            notices = notifications.aboutReports(NOTICES);
            String[] signers = reports.unitSigners();
            headName = signers[0];
            deputyName = signers[1];
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

    /** Who signs the unit's reports: the head, and the deputy who signs "KT." in the head's place. */
    public void saveSigners() {
        try {
            reports.changeUnitSigners(headName, deputyName);
            Messages.addGlobalInfo("report.signers.saved");
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
        }
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public String getDeputyName() {
        return deputyName;
    }

    public void setDeputyName(String deputyName) {
        this.deputyName = deputyName;
    }

    public List<NotificationRow> getNotices() {
        return notices;
    }

    public List<ReportRow> getRows() {
        return rows;
    }
}
