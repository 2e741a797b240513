package vn.tincay.register;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import vn.tincay.organisation.District;
import vn.tincay.organisation.School;
import vn.tincay.platform.UserFacingException;

/**
 * A training on gender equality (tap huan) a unit organised or sent people to. Participants are
 * counted by sex and, separately, by role; one person may hold several roles, so the role counts
 * need not add up to the total, but none may exceed it.
 */
@Entity
@Table(name = "training")
public class Training extends UnitRecord {

    public static final int TOPIC = 300;
    public static final int ORGANISER = 200;
    public static final int NOTE = 2000;

    @NotBlank
    @Size(max = TOPIC)
    @Column(nullable = false, length = TOPIC)
    private String topic;

    @NotNull
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @NotNull
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @NotBlank
    @Size(max = ORGANISER)
    @Column(nullable = false, length = ORGANISER)
    private String organiser;

    @PositiveOrZero
    @Max(Counts.MAX)
    @Column(name = "participants_female", nullable = false)
    private int participantsFemale;

    @PositiveOrZero
    @Max(Counts.MAX)
    @Column(name = "participants_male", nullable = false)
    private int participantsMale;

    @PositiveOrZero
    @Max(Counts.MAX)
    @Column(name = "participants_managers", nullable = false)
    private int participantsManagers;

    @PositiveOrZero
    @Max(Counts.MAX)
    @Column(name = "participants_committee", nullable = false)
    private int participantsCommittee;

    @PositiveOrZero
    @Max(Counts.MAX)
    @Column(name = "participants_teachers", nullable = false)
    private int participantsTeachers;

    /** Leadership training for women managers and women in the leadership pipeline (nu trong dien quy hoach). */
    @Column(name = "leadership_for_women", nullable = false)
    private boolean leadershipForWomen;

    @Size(max = NOTE)
    @Column(length = NOTE)
    private String note;

    @ElementCollection
    @CollectionTable(name = "training_topic", joinColumns = @JoinColumn(name = "training_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "topic", nullable = false, length = 32)
    private Set<ActivityTopic> topics = EnumSet.noneOf(ActivityTopic.class);

    /** What the training was about. */
    public void cover(Set<ActivityTopic> topics) {
        this.topics.clear();
        this.topics.addAll(topics);
    }

    public Set<ActivityTopic> getTopics() {
        return topics.isEmpty() ? EnumSet.noneOf(ActivityTopic.class) : EnumSet.copyOf(topics);
    }

    protected Training() {
    }

    public Training(District district, School school, String by, Instant at) {
        super(district, school, by, at);
    }

    public void describe(String topic, LocalDate startsOn, LocalDate endsOn, String organiser,
                         int female, int male, int managers, int committee, int teachers,
                         boolean leadershipForWomen, String note, String by, Instant at) {
        Counts.requireValid(female, male, managers, committee, teachers);
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw new UserFacingException("register.error.endBeforeStart");
        }
        int total = female + male;
        if (managers > total || committee > total || teachers > total) {
            throw new UserFacingException("register.error.roleAboveTotal");
        }
        this.topic = topic;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.organiser = organiser;
        this.participantsFemale = female;
        this.participantsMale = male;
        this.participantsManagers = managers;
        this.participantsCommittee = committee;
        this.participantsTeachers = teachers;
        this.leadershipForWomen = leadershipForWomen;
        this.note = note;
        touch(by, at);
    }

    public int participantsTotal() {
        return participantsFemale + participantsMale;
    }

    public String getTopic() {
        return topic;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getOrganiser() {
        return organiser;
    }

    public int getParticipantsFemale() {
        return participantsFemale;
    }

    public int getParticipantsMale() {
        return participantsMale;
    }

    public int getParticipantsManagers() {
        return participantsManagers;
    }

    public int getParticipantsCommittee() {
        return participantsCommittee;
    }

    public int getParticipantsTeachers() {
        return participantsTeachers;
    }

    public boolean isLeadershipForWomen() {
        return leadershipForWomen;
    }

    public String getNote() {
        return note;
    }
}
