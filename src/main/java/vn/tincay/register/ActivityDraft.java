package vn.tincay.register;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A communication activity as typed into its form (id null: a new one). */
public class ActivityDraft extends RegisterDraft {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = CommunicationActivity.TITLE)
    private String title;
    @NotNull
    @PastOrPresent
    private LocalDate heldOn;
    @NotNull
    private ActivityForm form;
    @NotEmpty
    private List<Audience> audiences = new ArrayList<>();
    @NotNull
    @PositiveOrZero
    @Max(Counts.MAX)
    private Integer participantsFemale = 0;
    @NotNull
    @PositiveOrZero
    @Max(Counts.MAX)
    private Integer participantsMale = 0;
    @NotNull
    private ActionMonth actionMonth = ActionMonth.NONE;
    @Size(max = CommunicationActivity.EFFECTIVENESS)
    private String effectiveness;
    @NotNull
    private List<ActivityTopic> topics = new ArrayList<>();
    /** The partners, one per line ({@link Partners#parse}). */
    @Size(max = Partners.MAX * (Partners.NAME + 2))
    private String partners;

    public static ActivityDraft of(CommunicationActivity a) {
        ActivityDraft d = new ActivityDraft();
        d.readFrom(a);
        d.title = a.getTitle();
        d.heldOn = a.getHeldOn();
        d.form = a.getForm();
        d.audiences = new ArrayList<>(a.audiences());
        d.participantsFemale = a.getParticipantsFemale();
        d.participantsMale = a.getParticipantsMale();
        d.actionMonth = a.getActionMonth();
        d.effectiveness = a.getEffectiveness();
        d.topics = new ArrayList<>(a.getTopics());
        d.partners = Partners.format(a.getPartners());
        return d;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public ActivityForm getForm() {
        return form;
    }

    public void setForm(ActivityForm form) {
        this.form = form;
    }

    public List<Audience> getAudiences() {
        return audiences;
    }

    public void setAudiences(List<Audience> audiences) {
        this.audiences = audiences;
    }

    public Integer getParticipantsFemale() {
        return participantsFemale;
    }

    public void setParticipantsFemale(Integer participantsFemale) {
        this.participantsFemale = participantsFemale;
    }

    public Integer getParticipantsMale() {
        return participantsMale;
    }

    public void setParticipantsMale(Integer participantsMale) {
        this.participantsMale = participantsMale;
    }

    public ActionMonth getActionMonth() {
        return actionMonth;
    }

    public void setActionMonth(ActionMonth actionMonth) {
        this.actionMonth = actionMonth;
    }

    public String getEffectiveness() {
        return effectiveness;
    }

    public void setEffectiveness(String effectiveness) {
        this.effectiveness = effectiveness;
    }

    public List<ActivityTopic> getTopics() {
        return topics;
    }

    public void setTopics(List<ActivityTopic> topics) {
        this.topics = topics;
    }

    public String getPartners() {
        return partners;
    }

    public void setPartners(String partners) {
        this.partners = partners;
    }
}
