package vn.tincay.register;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A planned inspection and (optionally) its result, as typed into the form (id null: a new one). */
public class InspectionDraft extends RegisterDraft {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long schoolId;
    @NotNull
    private LocalDate plannedOn;
    @NotBlank
    @Size(max = InspectionPlanItem.CONTENT)
    private String content;
    private LocalDate doneOn;
    @Size(max = InspectionPlanItem.RESULT_TEXT)
    private String findings;
    @Size(max = InspectionPlanItem.RESULT_TEXT)
    private String recommendations;
    @Valid
    private List<ChecklistLine> checklist = Checklist.lines(List.of(), false);

    public static InspectionDraft of(InspectionPlanItem i) {
        InspectionDraft d = new InspectionDraft();
        d.readFrom(i);
        d.schoolId = i.getSchool().getId();
        d.plannedOn = i.getPlannedOn();
        d.content = i.getContent();
        d.doneOn = i.getDoneOn();
        d.findings = i.getFindings();
        d.recommendations = i.getRecommendations();
        d.checklist = Checklist.lines(i.getChecklist(), false);
        return d;
    }

    /** Anything typed into the result part of the form. */
    public boolean hasResult() {
        return doneOn != null || (findings != null && !findings.isBlank())
                || (recommendations != null && !recommendations.isBlank()) || Checklist.anyAssessment(checklist);
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public void setPlannedOn(LocalDate plannedOn) {
        this.plannedOn = plannedOn;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(LocalDate doneOn) {
        this.doneOn = doneOn;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }

    public List<ChecklistLine> getChecklist() {
        return checklist;
    }

    public void setChecklist(List<ChecklistLine> checklist) {
        this.checklist = checklist;
    }
}
