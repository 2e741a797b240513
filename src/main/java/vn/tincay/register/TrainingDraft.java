package vn.tincay.register;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A training as typed into its form (id null: a new one). */
public class TrainingDraft extends RegisterDraft {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Training.TOPIC)
    private String topic;
    @NotNull
    private LocalDate startsOn;
    @NotNull
    private LocalDate endsOn;
    @NotBlank
    @Size(max = Training.ORGANISER)
    private String organiser;
    @NotNull @PositiveOrZero @Max(Counts.MAX)
    private Integer participantsFemale = 0;
    @NotNull @PositiveOrZero @Max(Counts.MAX)
    private Integer participantsMale = 0;
    @NotNull @PositiveOrZero @Max(Counts.MAX)
    private Integer managers = 0;
    @NotNull @PositiveOrZero @Max(Counts.MAX)
    private Integer committeeMembers = 0;
    @NotNull @PositiveOrZero @Max(Counts.MAX)
    private Integer teachers = 0;
    private boolean leadershipForWomen;
    @Size(max = Training.NOTE)
    private String note;
    @NotNull
    private List<ActivityTopic> topics = new ArrayList<>();

    public static TrainingDraft of(Training t) {
        TrainingDraft d = new TrainingDraft();
        d.readFrom(t);
        d.topic = t.getTopic();
        d.startsOn = t.getStartsOn();
        d.endsOn = t.getEndsOn();
        d.organiser = t.getOrganiser();
        d.participantsFemale = t.getParticipantsFemale();
        d.participantsMale = t.getParticipantsMale();
        d.managers = t.getParticipantsManagers();
        d.committeeMembers = t.getParticipantsCommittee();
        d.teachers = t.getParticipantsTeachers();
        d.leadershipForWomen = t.isLeadershipForWomen();
        d.note = t.getNote();
        d.topics = new ArrayList<>(t.getTopics());
        return d;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getOrganiser() {
        return organiser;
    }

    public void setOrganiser(String organiser) {
        this.organiser = organiser;
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

    public Integer getManagers() {
        return managers;
    }

    public void setManagers(Integer managers) {
        this.managers = managers;
    }

    public Integer getCommitteeMembers() {
        return committeeMembers;
    }

    public void setCommitteeMembers(Integer committeeMembers) {
        this.committeeMembers = committeeMembers;
    }

    public Integer getTeachers() {
        return teachers;
    }

    public void setTeachers(Integer teachers) {
        this.teachers = teachers;
    }

    public boolean isLeadershipForWomen() {
        return leadershipForWomen;
    }

    public void setLeadershipForWomen(boolean leadershipForWomen) {
        this.leadershipForWomen = leadershipForWomen;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<ActivityTopic> getTopics() {
        return topics;
    }

    public void setTopics(List<ActivityTopic> topics) {
        this.topics = topics;
    }
}
