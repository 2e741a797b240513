package vn.tincay.register;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A school's self-inspection as typed into the form (id null: a new one); every topic is covered. */
public class SelfInspectionDraft extends RegisterDraft {

    private static final long serialVersionUID = 1L;

    @NotNull
    private LocalDate doneOn;
    @Size(max = SelfInspection.NOTE)
    private String note;
    @Valid
    private List<ChecklistLine> checklist = Checklist.lines(List.of(), true);

    public static SelfInspectionDraft of(SelfInspection s) {
        SelfInspectionDraft d = new SelfInspectionDraft();
        d.readFrom(s);
        d.doneOn = s.getDoneOn();
        d.note = s.getNote();
        d.checklist = Checklist.lines(s.getChecklist(), true);
        return d;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(LocalDate doneOn) {
        this.doneOn = doneOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<ChecklistLine> getChecklist() {
        return checklist;
    }

    public void setChecklist(List<ChecklistLine> checklist) {
        this.checklist = checklist;
    }
}
