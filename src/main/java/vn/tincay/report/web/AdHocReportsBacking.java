package vn.tincay.report.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.tincay.platform.UserFacingException;
import vn.tincay.report.adhoc.AdHocReportService;
import vn.tincay.report.adhoc.AdHocRow;

/**
 * /report/adhoc.xhtml: the district's ad-hoc reports (báo cáo đột xuất) with their due dates and
 * answers so far; the coordinator asks a new one here (questions one per line).
 */
@Named
@ViewScoped
public class AdHocReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AdHocReportService adHoc;

    private List<AdHocRow> rows;
    private String title;
    private String questions;
    private LocalDate dueDate;

    /** Loaded when the list is first shown: on this page and on the reports' overview. */
    @PostConstruct
    void load() {
        ReportPages.load(() -> rows = adHoc.requests());
    }

    public void ask() {
        try {
            long id = adHoc.ask(title, questions == null ? List.of() : questions.lines().toList(), dueDate);
            Messages.addFlashGlobalInfo("adhoc.asked");
            Faces.redirect("report/adhoc-answer.xhtml?id=%d", id);
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
        }
    }

    public List<AdHocRow> getRows() {
        return rows;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getQuestions() {
        return questions;
    }

    public void setQuestions(String questions) {
        this.questions = questions;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }
}
