package vn.tincay.incident.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;
import vn.tincay.incident.AgeGroup;
import vn.tincay.incident.ConsentGiver;
import vn.tincay.incident.GbvClassification;
import vn.tincay.incident.Incident;
import vn.tincay.incident.IncidentDraft;
import vn.tincay.incident.IncidentService;
import vn.tincay.incident.IntakeDraftService;
import vn.tincay.incident.IntakeResult;
import vn.tincay.incident.OpenedDraft;
import vn.tincay.incident.PerpetratorDraft;
import vn.tincay.incident.PossibleDuplicate;
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.CurrentUser;
import vn.tincay.security.Role;
import vn.tincay.platform.web.UnsavedTyping;

/**
 * /incident/new.xhtml: the guided incident report, one step at a time. The draft is saved on the
 * server at every step (and a moment after typing stops), so nothing typed is lost when a step is
 * refused, the session ends or the tab is closed: {@code ?draft=} continues it at the step saved.
 * Its submission token makes a repeated submission return the case the first one created.
 */
@Named
@ViewScoped
public class IncidentIntakeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "intakeForm";

    @EJB
    private IncidentService incidents;

    @EJB
    private IntakeDraftService drafts;

    @Inject
    private CurrentUser currentUser;

    private IncidentDraft draft = new IncidentDraft();
    /** The saved draft (null until the first save); the page's address and form carry it as ?draft=. */
    private Long draftId;
    private String draftParameter;
    private IntakeStep step = IntakeStep.WHEN_WHERE;
    private List<Choice> schools = List.of();
    private List<PossibleDuplicate> duplicates = List.of();

    @PostConstruct
    void start() {
        draft.setReportedDate(today());
        if (isSchoolRequired()) {
            schools = incidents.schoolsForIntake().stream().map(s -> new Choice(s.getId(), s.getName())).toList();
        }
    }

    /** Continues a saved draft (f:viewAction, first request only): everything typed, at the step saved. */
    public void open() {
        if (draftParameter == null) {
            return;
        }
        try {
            OpenedDraft opened = drafts.open(Long.parseLong(draftParameter.trim()));
            draft = opened.draft();
            draftId = opened.id();
            step = IntakeStep.named(opened.step());
        } catch (NumberFormatException | RecordNotFoundException e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public void next() {
        if (refused(step)) {
            // What was typed is kept all the same; the step stays.
            save(step);
            return;
        }
        go(step.next());
    }

    public void back() {
        go(step.previous());
    }

    /** From the review, back to an earlier step to change it; the steps after it are checked again. */
    public void edit(IntakeStep target) {
        if (target.isBefore(step)) {
            go(target);
        }
    }

    public void addPerpetrator() {
        if (draft.getPerpetrators().size() < Incident.MAX_PERPETRATORS) {
            draft.getPerpetrators().add(new PerpetratorDraft());
            save(step);
        }
    }

    public void removePerpetrator(int index) {
        if (index >= 0 && index < draft.getPerpetrators().size()) {
            draft.getPerpetrators().remove(index);
            save(step);
        }
    }

    /** The page's remote command, a moment after typing stops: saves without checking anything. */
    public void saveTyped() {
        save(step);
    }

    /**
     * Saves, then shows the target step. The first time a step is saved from a page without the
     * draft's id in its address, the page is opened again at {@code ?draft=}: reloading it, and
     * signing in again after the session ended, then continue this draft.
     */
    private void go(IntakeStep target) {
        save(target);
        if (!Faces.getRequestQueryStringMap().containsKey("draft")) {
            Faces.redirect("incident/new.xhtml?draft=%s", String.valueOf(draftId));
            return;
        }
        moveTo(target);
    }

    /**
     * Saves the draft at the step the author goes to, before going there: if the database refuses,
     * the page stays where it was with everything typed. The page is told (tcSaved) so the browser no
     * longer warns about leaving it.
     */
    private void save(IntakeStep at) {
        draftId = drafts.save(draftId, at.name(), draft);
        UnsavedTyping.saved();
    }

    public void submit() {
        file(false);
    }

    /** The reporter looked at the possible duplicates and says this is a different incident. */
    public void confirmDifferent() {
        file(true);
    }

    public void cancelDuplicates() {
        duplicates = List.of();
        Messages.addGlobalWarn("intake.duplicates.cancelled");
    }

    private void file(boolean duplicatesReviewed) {
        IntakeStep withProblems = IntakeRules.firstStepWithProblems(draft, isSchoolRequired(), today());
        if (withProblems != null) {
            moveTo(withProblems);
            refused(withProblems);
            return;
        }
        IntakeResult result;
        try {
            result = incidents.fileReport(draft, duplicatesReviewed);
        } catch (UserFacingException e) {
            UserMessages.error(e);
            return;
        } catch (RecordNotFoundException e) {
            Faces.responseSendError(404, "Not found");
            return;
        }
        if (!result.saved()) {
            duplicates = result.possibleDuplicates();
            PrimeFaces.current().scrollTo(FORM + ":duplicates");
            return;
        }
        String saved = result.repeatedSubmission() ? "intake.alreadySaved"
                : result.duplicateForReview() ? "intake.savedForDuplicateReview" : "intake.saved";
        Messages.addFlashGlobalInfo(saved, result.caseCode());
        Faces.redirect("incident/view.xhtml?id=%s", String.valueOf(result.incidentId()));
    }

    private boolean refused(IntakeStep checked) {
        List<IntakeRules.Problem> problems = IntakeRules.check(checked, draft, isSchoolRequired(), today());
        for (IntakeRules.Problem problem : problems) {
            UserMessages.error(FORM + ":" + problem.field(), problem.key(), problem.arguments());
        }
        if (!problems.isEmpty()) {
            Faces.validationFailed();
        }
        return !problems.isEmpty();
    }

    private void moveTo(IntakeStep target) {
        step = target;
        duplicates = List.of();
        PrimeFaces.current().scrollTo(FORM + ":stepTitle");
    }

    private static LocalDate today() {
        return LocalTime.today(Clock.systemUTC());
    }

    /** Required fields are enforced only when going forward, so Back never loses what was typed. */
    public boolean isStrict() {
        return Faces.getRequestParameterMap().keySet().stream()
                .anyMatch(name -> name.equals(FORM + ":next") || name.equals(FORM + ":submit"));
    }

    public boolean isSchoolRequired() {
        return currentUser.hasRole(Role.DISTRICT_COORDINATOR);
    }

    public String getSchoolName() {
        return schools.stream().filter(s -> s.id().equals(draft.getSchoolId())).map(Choice::label).findFirst()
                .orElse(currentUser.getOrganisationName());
    }

    public boolean isMustReport() {
        return IntakeRules.mustReport(draft);
    }

    public boolean isOnline() {
        return IntakeRules.online(draft);
    }

    public GbvClassification getClassification() {
        return IntakeRules.classification(draft);
    }

    public AgeGroup getEffectiveAgeGroup() {
        return IntakeRules.effectiveAgeGroup(draft);
    }

    public ConsentGiver getRequiredConsentGiver() {
        return IntakeRules.requiredConsentGiver(draft);
    }

    public boolean isMayAddPerpetrator() {
        return draft.getPerpetrators().size() < Incident.MAX_PERPETRATORS;
    }

    public int getMaxPerpetrators() {
        return Incident.MAX_PERPETRATORS;
    }

    public int getDuplicateWindowDays() {
        return IncidentService.DUPLICATE_WINDOW_DAYS;
    }

    public int getMaxNarrative() {
        return Incident.NARRATIVE;
    }

    public String getDraftParameter() {
        return draftId != null ? String.valueOf(draftId) : draftParameter;
    }

    public void setDraftParameter(String draftParameter) {
        this.draftParameter = draftParameter;
    }

    public IncidentDraft getDraft() {
        return draft;
    }

    public IntakeStep getStep() {
        return step;
    }

    public IntakeStep[] getSteps() {
        return IntakeStep.values();
    }

    public int getStepCount() {
        return IntakeStep.count();
    }

    public List<Choice> getSchools() {
        return schools;
    }

    public List<PossibleDuplicate> getDuplicates() {
        return duplicates;
    }
}
