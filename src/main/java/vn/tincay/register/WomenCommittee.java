package vn.tincay.register;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tincay.organisation.District;
import vn.tincay.organisation.School;
import vn.tincay.platform.UserFacingException;

/**
 * The unit's Committee for the Advancement of Women (Ban vì sự tiến bộ của phụ nữ) as one decision set
 * it up or re-formed it (kiện toàn): the decision's number, date and signer, and the members it names.
 * A re-formation is a new row; the committee in force on a day is the unit's latest decision by then.
 */
@Entity
@Table(name = "women_committee")
public class WomenCommittee extends UnitRecord {

    public static final int NUMBER = 64;
    public static final int SIGNER = 255;
    public static final int MAX_MEMBERS = 40;

    @Column(name = "decision_number", nullable = false, length = NUMBER)
    private String decisionNumber;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "signer_body", nullable = false, length = SIGNER)
    private String signerBody;

    @ElementCollection
    @CollectionTable(name = "women_committee_member", joinColumns = @JoinColumn(name = "committee_id"))
    @OrderColumn(name = "position")
    private List<CommitteeMember> members = new ArrayList<>();

    protected WomenCommittee() {
    }

    public WomenCommittee(District district, School school, String by, Instant at) {
        super(district, school, by, at);
    }

    /** Records the decision and the members it names, replacing those recorded before. */
    public void decide(String number, LocalDate decidedOn, String signerBody, List<CommitteeMember> named,
                       String by, Instant at) {
        checkMembers(named);
        this.decisionNumber = number.strip();
        this.decidedOn = decidedOn;
        this.signerBody = signerBody.strip();
        this.members.clear();
        this.members.addAll(named);
        touch(by, at);
    }

    /**
     * A committee has members, at most {@link #MAX_MEMBERS}, and one head (Trưởng ban) – not two.
     * @throws UserFacingException otherwise
     */
    public static void checkMembers(List<CommitteeMember> named) {
        if (named == null || named.isEmpty()) {
            throw new UserFacingException("register.committee.error.noMembers");
        }
        if (named.size() > MAX_MEMBERS) {
            throw new UserFacingException("register.committee.error.tooManyMembers", MAX_MEMBERS);
        }
        long heads = named.stream().filter(m -> m.getRole() == CommitteeRole.HEAD).count();
        if (heads != 1) {
            throw new UserFacingException("register.committee.error.oneHead");
        }
    }

    /** Women among the members whose term covers the year. */
    public WomenShare womenServingIn(int year) {
        long female = members.stream().filter(m -> m.servesIn(year) && m.isWoman()).count();
        long male = members.stream().filter(m -> m.servesIn(year) && !m.isWoman()).count();
        return new WomenShare(female, male);
    }

    /** Whether the decision falls in the range (the committee was set up or re-formed then). */
    public boolean decidedWithin(LocalDate from, LocalDate to) {
        return !decidedOn.isBefore(from) && !decidedOn.isAfter(to);
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getSignerBody() {
        return signerBody;
    }

    public List<CommitteeMember> getMembers() {
        return List.copyOf(members);
    }
}
