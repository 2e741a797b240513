package vn.tincay.report.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Faces;
import vn.tincay.report.PeriodicReportService;
import vn.tincay.report.ReportRow;

/** /report/index.xhtml: the caller's unit's periodic reports, one line per reporting period. */
@Named
@ViewScoped
public class ReportIndexBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PeriodicReportService reports;

    private List<ReportRow> rows;

    /** f:viewAction of the page. */
    public void load() {
        ReportPages.load(() -> {
            rows = reports.ownReports();
        });
    }

    /** Opens (creating and pre-filling on first use) the report of the period. */
    public void open(long periodId) {
        long id = reports.open(periodId);
        Faces.redirect("report/edit.xhtml?id=%d", id);
    }

    public List<ReportRow> getRows() {
        return rows;
    }
}
