package vn.tincay.report.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import vn.tincay.report.PeriodicReportService;
import vn.tincay.report.VersionView;

/** /report/version.xhtml?id=: one kept version of a report, read-only, with its full content. */
@Named
@RequestScoped
public class ReportVersionBacking {

    @EJB
    private PeriodicReportService reports;

    @Inject
    @Param(name = "id")
    private Long id;

    private VersionView version;

    /** f:viewAction of the page. */
    public void load() {
        ReportPages.load(() -> {
            if (id == null) {
                Faces.redirect("report/index.xhtml");
                return;
            }
            version = reports.version(id);
        });
    }

    public VersionView getVersion() {
        return version;
    }
}
