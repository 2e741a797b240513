package vn.tincay.register;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.tincay.organisation.District;
import vn.tincay.organisation.School;
import vn.tincay.platform.UserFacingException;

/**
 * A school's own check of its work for the advancement of women (tu kiem tra), against the topics of
 * the district's inspection checklist: when, how the school did on every topic, and remarks. Kept
 * by the school's focal point; the district reads it.
 */
@Entity
@Table(name = "self_inspection")
public class SelfInspection extends UnitRecord {

    public static final int NOTE = 2000;

    @NotNull
    @Column(name = "done_on", nullable = false)
    private LocalDate doneOn;

    @Size(max = NOTE)
    @Column(length = NOTE)
    private String note;

    @ElementCollection
    @CollectionTable(name = "inspection_checklist_item", joinColumns = @JoinColumn(name = "self_inspection_id"))
    private List<ChecklistEntry> checklist = new ArrayList<>();

    protected SelfInspection() {
    }

    public SelfInspection(District district, School school, String by, Instant at) {
        super(district, Objects.requireNonNull(school, "a school inspects itself"), by, at);
    }

    /**
     * Records the self-inspection: not dated in the future, and a result for every topic of the
     * checklist (see {@link Checklist#entries}).
     */
    public void record(LocalDate doneOn, List<ChecklistLine> lines, String note, LocalDate today, String by,
                       Instant at) {
        if (doneOn == null) {
            throw new UserFacingException("register.error.dateRequired");
        }
        if (doneOn.isAfter(today)) {
            throw new UserFacingException("register.error.doneInFuture");
        }
        List<ChecklistEntry> entries = Checklist.entries(lines, true);
        if (entries.size() != ChecklistTopic.values().length) {
            throw new UserFacingException("register.inspectionCheck.error.allTopics");
        }
        this.doneOn = doneOn;
        this.note = note;
        Checklist.replace(checklist, entries);
        touch(by, at);
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getNote() {
        return note;
    }

    public List<ChecklistEntry> getChecklist() {
        return List.copyOf(checklist);
    }
}
