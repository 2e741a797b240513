package vn.tincay.report.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.tincay.platform.UserFacingException;
import vn.tincay.report.adhoc.AdHocReportService;
import vn.tincay.report.adhoc.AdHocView;

/**
 * /report/adhoc-answer.xhtml?id=: a school answers an ad-hoc report question by question (save, then
 * submit); the coordinator reads every school's answers.
 */
@Named
@ViewScoped
public class AdHocAnswerBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AdHocReportService adHoc;

    @Inject
    @Param(name = "id")
    private Long id;

    private AdHocView report;
    private List<Answer> answers;

    /** One answer field, bound by the page. */
    public static class Answer implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String question;
        private String text;

        Answer(String question, String text) {
            this.question = question;
            this.text = text;
        }

        public String getQuestion() {
            return question;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** f:viewAction of the page. */
    public void load() {
        ReportPages.load(() -> {
            if (id == null) {
                Faces.redirect("report/adhoc.xhtml");
                return;
            }
            report = adHoc.view(id);
            answers = new ArrayList<>();
            for (int i = 0; i < report.questions().size(); i++) {
                answers.add(new Answer(report.questions().get(i), i < report.ownAnswers().size()
                        ? report.ownAnswers().get(i) : ""));
            }
        });
    }

    public void save() {
        send(false);
    }

    public void submit() {
        send(true);
    }

    private void send(boolean submit) {
        try {
            adHoc.answer(id, answers.stream().map(Answer::getText).toList(), submit);
            Messages.addFlashGlobalInfo(submit ? "adhoc.submitted" : "adhoc.saved");
            Faces.redirect("report/adhoc-answer.xhtml?id=%d", id);
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
        }
    }

    /** "Nhắc nộp": reminds a school that has not submitted, in the app (and by e-mail when configured). */
    public void remind(long schoolId, String schoolName) {
        try {
            int told = adHoc.remindSchool(id, schoolId);
            if (told == 0) {
                Messages.addGlobalWarn("report.remind.nobody", schoolName);
            } else {
                Messages.addFlashGlobalInfo("adhoc.remind.sent", schoolName, told);
                Faces.redirect("report/adhoc-answer.xhtml?id=%d", id);
            }
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
        }
    }

    public AdHocView getReport() {
        return report;
    }

    public List<Answer> getAnswers() {
        return answers;
    }

    public Long getId() {
        return id;
    }
}
