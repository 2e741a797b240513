package vn.tincay.report.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import vn.tincay.report.PeriodicReportService;
import vn.tincay.report.ProvinceReportRow;

/** /province/reports.xhtml: the districts' submitted consolidated reports, to download. */
@Named
@RequestScoped
public class ProvinceReportsBacking {

    @EJB
    private PeriodicReportService reports;

    private List<ProvinceReportRow> rows;

    /** f:viewAction of the page. */
    public void load() {
        ReportPages.load(() -> {
            rows = reports.provinceReports();
        });
    }

    public List<ProvinceReportRow> getRows() {
        return rows;
    }
}
