package vn.tincay.register;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.tincay.organisation.District;
import vn.tincay.organisation.School;

/** A meeting the unit's committee held (regular meetings are part of its working rules), with its minutes. */
@Entity
@Table(name = "women_committee_meeting")
public class CommitteeMeeting extends UnitRecord {

    public static final int CONTENT = 2000;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = CONTENT)
    private String content;

    @OneToOne(fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "minutes_id")
    private CommitteeMinutes minutes;

    protected CommitteeMeeting() {
    }

    public CommitteeMeeting(District district, School school, String by, Instant at) {
        super(district, school, by, at);
    }

    public void describe(LocalDate heldOn, String content, String by, Instant at) {
        this.heldOn = heldOn;
        this.content = content.strip();
        touch(by, at);
    }

    /** Keeps the file as the meeting's minutes, replacing any earlier one. */
    public void attachMinutes(CommitteeMinutes file) {
        this.minutes = file;
    }

    public void removeMinutes() {
        this.minutes = null;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getContent() {
        return content;
    }

    public CommitteeMinutes getMinutes() {
        return minutes;
    }
}
