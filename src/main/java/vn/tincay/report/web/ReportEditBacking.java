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
import vn.tincay.report.CaseChoice;
import vn.tincay.report.PeriodicReportService;
import vn.tincay.report.ReportContent;
import vn.tincay.report.ReportSection;
import vn.tincay.report.ReportView;
import vn.tincay.report.ReportedCase;
import vn.tincay.report.document.ReportDocument;
import vn.tincay.platform.web.UnsavedTyping;

/**
 * /report/edit.xhtml?id=: the unit writes its report section by section (pre-filled text stays
 * editable), chooses cases for II.2 b), saves drafts and submits. A report the caller may not edit
 * opens read-only on /report/view.xhtml.
 */
@Named
@ViewScoped
public class ReportEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PeriodicReportService reports;

    @Inject
    @Param(name = "id")
    private Long id;

    private ReportView report;
    private ReportContent content;
    private List<CaseChoice> caseChoices;
    private int version;

    /** f:viewAction of the page. */
    public void load() {
        ReportPages.load(() -> {
            if (id == null) {
                Faces.redirect("report/index.xhtml");
                return;
            }
            report = reports.view(id);
            if (!report.mayEdit()) {
                Faces.redirect("report/view.xhtml?id=%d", id);
                return;
            }
            content = report.content().copy();
            version = report.version();
            caseChoices = reports.caseChoices(id);
        });
    }

    public void save() {
        try {
            version = reports.save(id, version, content);
            reload(false);
            Messages.addGlobalInfo("report.saved");
            UnsavedTyping.saved();
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
        }
    }

    public void submit() {
        try {
            reports.submit(id, version, content);
            Messages.addFlashGlobalInfo(report.schoolReport() ? "report.submitted" : "report.submittedToProvince");
            Faces.redirect("report/view.xhtml?id=%d", id);
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
        }
    }

    /** New figures from the register and the cases; what was typed is kept (saved first). */
    public void refreshFigures() {
        try {
            version = reports.save(id, version, content);
            version = reports.refreshFigures(id, version);
            reload(false);
            Messages.addGlobalInfo("report.figuresRefreshed");
            UnsavedTyping.saved();
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
        }
    }

    /** Writes the data-based sections again (the free-text sections and II.2 b stay as they are). */
    public void prefillAgain() {
        try {
            version = reports.save(id, version, content);
            version = reports.prefillAgain(id, version);
            reload(true);
            Messages.addGlobalInfo("report.prefilledAgain");
            UnsavedTyping.saved();
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
        }
    }

    /** Fills the signer block for the unit's head, or for a deputy signing "KT." in the head's place. */
    public void signAs(boolean deputy) {
        String[] signer = reports.signer(id, deputy);
        content.setSignerTitle(signer[0]);
        content.setSignerName(signer[1]);
    }

    /** Puts the unit's next report number in the number field. */
    public void useNextNumber() {
        content.setDocumentNumber(reports.nextNumber(id));
    }

    public void addCase() {
        if (content.getCases().size() < ReportContent.MAX_CASES) {
            content.getCases().add(new ReportedCase());
        }
    }

    public void removeCase(int index) {
        if (index >= 0 && index < content.getCases().size()) {
            content.getCases().remove(index);
        }
    }

    private void reload(boolean replaceContent) {
        report = reports.view(id);
        version = report.version();
        if (replaceContent) {
            content = report.content().copy();
        }
    }

    public List<ReportDocument.Table> tablesOf(ReportSection section) {
        return report.document().tablesOf(section);
    }

    public ReportView getReport() {
        return report;
    }

    public ReportContent getContent() {
        return content;
    }

    public List<CaseChoice> getCaseChoices() {
        return caseChoices;
    }

    public Long getId() {
        return id;
    }
}
