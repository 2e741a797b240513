package vn.tincay.report.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.tincay.platform.UserFacingException;
import vn.tincay.report.DistrictOverview;
import vn.tincay.report.PeriodicReportService;
import vn.tincay.report.document.ReportDocument;
import vn.tincay.report.document.ReportDocumentBuilder;

/**
 * /report/district.xhtml?period=: the coordinator's view of a period – every school's report, the
 * missing and late ones, the consolidated figures so far – and the way into the district's report.
 */
@Named
@ViewScoped
public class DistrictReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PeriodicReportService reports;

    @Inject
    @Param(name = "period")
    private Long periodId;

    private DistrictOverview overview;
    private List<ReportDocument.Table> tables;

    /** f:viewAction of the page. */
    public void load() {
        ReportPages.load(() -> {
            if (periodId == null) {
                Faces.redirect("report/index.xhtml");
                return;
            }
            overview = reports.districtOverview(periodId);
            tables = List.of(ReportDocumentBuilder.staffTable(overview.consolidated()),
                    ReportDocumentBuilder.caseTable(overview.consolidated(), false));
        });
    }

    /** Opens the district's consolidated report (created and pre-filled from the consolidation on first use). */
    public void openDistrictReport() {
        long id = reports.open(periodId);
        Faces.redirect("report/edit.xhtml?id=%d", id);
    }

    /** "Nhắc nộp": reminds a school whose report is missing, in the app (and by e-mail when configured). */
    public void remind(long schoolId, String schoolName) {
        try {
            int told = reports.remindSchool(periodId, schoolId);
            if (told == 0) {
                Messages.addGlobalWarn("report.remind.nobody", schoolName);
            } else {
                Messages.addFlashGlobalInfo("report.remind.sent", schoolName, told);
                Faces.redirect("report/district.xhtml?period=%d", periodId);
            }
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
        }
    }

    /** The consolidated staff and case tables, with exact counts (this page is the district's own). */
    public List<ReportDocument.Table> getTables() {
        return tables;
    }

    public DistrictOverview getOverview() {
        return overview;
    }
}
