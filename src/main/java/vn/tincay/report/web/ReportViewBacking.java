package vn.tincay.report.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.tincay.platform.UserFacingException;
import vn.tincay.report.PeriodicReportService;
import vn.tincay.report.ReportView;
import vn.tincay.report.VersionRow;

/**
 * /report/view.xhtml?id=: the report as the document reads, its state and version history, the
 * downloads, and for the district coordinator the review of a submitted school report.
 */
@Named
@ViewScoped
public class ReportViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PeriodicReportService reports;

    @Inject
    @Param(name = "id")
    private Long id;

    private ReportView report;
    private List<VersionRow> versions;
    private String comment;

    /** f:viewAction of the page. */
    public void load() {
        ReportPages.load(() -> {
            if (id == null) {
                Faces.redirect("report/index.xhtml");
                return;
            }
            report = reports.view(id);
            versions = reports.versions(id);
        });
    }

    public void accept() {
        try {
            reports.accept(id, report.version());
            Messages.addFlashGlobalInfo("report.accepted");
            Faces.redirect("report/view.xhtml?id=%d", id);
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
        }
    }

    public void returnForChanges() {
        try {
            reports.returnForChanges(id, report.version(), comment);
            Messages.addFlashGlobalInfo("report.returned");
            Faces.redirect("report/view.xhtml?id=%d", id);
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
        }
    }

    public ReportView getReport() {
        return report;
    }

    public List<VersionRow> getVersions() {
        return versions;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
