package vn.tincay.register;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.tincay.organisation.District;
import vn.tincay.organisation.School;
import vn.tincay.platform.UserFacingException;

/** A communication activity on gender equality held by a unit (hoat dong truyen thong). */
@Entity
@Table(name = "communication_activity")
public class CommunicationActivity extends UnitRecord {

    public static final int TITLE = 300;
    public static final int EFFECTIVENESS = 2000;

    @NotBlank
    @Size(max = TITLE)
    @Column(nullable = false, length = TITLE)
    private String title;

    @NotNull
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ActivityForm form;

    @Column(name = "audience_staff", nullable = false)
    private boolean audienceStaff;

    @Column(name = "audience_students", nullable = false)
    private boolean audienceStudents;

    @Column(name = "audience_parents", nullable = false)
    private boolean audienceParents;

    @PositiveOrZero
    @Max(Counts.MAX)
    @Column(name = "participants_female", nullable = false)
    private int participantsFemale;

    @PositiveOrZero
    @Max(Counts.MAX)
    @Column(name = "participants_male", nullable = false)
    private int participantsMale;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "action_month", nullable = false, length = 24)
    private ActionMonth actionMonth;

    @Size(max = EFFECTIVENESS)
    @Column(length = EFFECTIVENESS)
    private String effectiveness;

    @ElementCollection
    @CollectionTable(name = "activity_topic", joinColumns = @JoinColumn(name = "activity_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "topic", nullable = false, length = 32)
    private Set<ActivityTopic> topics = EnumSet.noneOf(ActivityTopic.class);

    @ElementCollection
    @CollectionTable(name = "activity_partner", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false, length = Partners.NAME)
    private List<String> partners = new ArrayList<>();

    protected CommunicationActivity() {
    }

    public CommunicationActivity(District district, School school, String by, Instant at) {
        super(district, school, by, at);
    }

    /**
     * Records what happened. The action month is the user's confirmed choice (the form suggests
     * {@link ActionMonth#suggestedFor(LocalDate)}); at least one audience is required.
     */
    public void describe(String title, LocalDate heldOn, ActivityForm form, Set<Audience> audiences,
                         int participantsFemale, int participantsMale, ActionMonth actionMonth,
                         String effectiveness, String by, Instant at) {
        Counts.requireValid(participantsFemale, participantsMale);
        if (audiences == null || audiences.isEmpty()) {
            throw new UserFacingException("register.error.noAudience");
        }
        this.title = title;
        this.heldOn = heldOn;
        this.form = form;
        this.audienceStaff = audiences.contains(Audience.STAFF);
        this.audienceStudents = audiences.contains(Audience.STUDENTS);
        this.audienceParents = audiences.contains(Audience.PARENTS);
        this.participantsFemale = participantsFemale;
        this.participantsMale = participantsMale;
        this.actionMonth = actionMonth == null ? ActionMonth.suggestedFor(heldOn) : actionMonth;
        this.effectiveness = effectiveness;
        touch(by, at);
    }

    /** What the activity was about and whom it was held with (names as typed, in order). */
    public void cover(Set<ActivityTopic> topics, List<String> partners) {
        this.topics.clear();
        this.topics.addAll(topics);
        this.partners.clear();
        this.partners.addAll(partners);
    }

    public Set<ActivityTopic> getTopics() {
        return topics.isEmpty() ? EnumSet.noneOf(ActivityTopic.class) : EnumSet.copyOf(topics);
    }

    public List<String> getPartners() {
        return List.copyOf(partners);
    }

    public Set<Audience> audiences() {
        Set<Audience> result = EnumSet.noneOf(Audience.class);
        if (audienceStaff) {
            result.add(Audience.STAFF);
        }
        if (audienceStudents) {
            result.add(Audience.STUDENTS);
        }
        if (audienceParents) {
            result.add(Audience.PARENTS);
        }
        return result;
    }

    public int participantsTotal() {
        return participantsFemale + participantsMale;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public ActivityForm getForm() {
        return form;
    }

    public boolean isAudienceStaff() {
        return audienceStaff;
    }

    public boolean isAudienceStudents() {
        return audienceStudents;
    }

    public boolean isAudienceParents() {
        return audienceParents;
    }

    public int getParticipantsFemale() {
        return participantsFemale;
    }

    public int getParticipantsMale() {
        return participantsMale;
    }

    public ActionMonth getActionMonth() {
        return actionMonth;
    }

    public String getEffectiveness() {
        return effectiveness;
    }
}
