package vn.tincay.register;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;
import vn.tincay.incident.Sex;
import vn.tincay.platform.UserFacingException;

/**
 * A person the decision names to the committee: name, place in the committee, job title, sex and the
 * term (from year – to year). The term is checked here: a real span of years, not longer than
 * {@link #LONGEST_TERM} years (a committee is re-formed at least with each term of office).
 */
@Embeddable
public class CommitteeMember implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME = 150;
    public static final int JOB_TITLE = 150;
    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;
    public static final int LONGEST_TERM = 10;

    @Column(name = "full_name", nullable = false, length = NAME)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(name = "committee_role", nullable = false, length = 24)
    private CommitteeRole role;

    @Column(name = "job_title", nullable = false, length = JOB_TITLE)
    private String jobTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex", nullable = false, length = 8)
    private Sex sex;

    @Column(name = "term_from", nullable = false)
    private int termFrom;

    @Column(name = "term_to", nullable = false)
    private int termTo;

    protected CommitteeMember() {
    }

    /** @throws UserFacingException when the sex is not recorded or the term is not a valid span of years */
    public CommitteeMember(String fullName, CommitteeRole role, String jobTitle, Sex sex, int termFrom, int termTo) {
        if (sex != Sex.FEMALE && sex != Sex.MALE) {
            throw new UserFacingException("register.committee.error.sex");
        }
        checkTerm(termFrom, termTo);
        this.fullName = Objects.requireNonNull(fullName).strip();
        this.role = Objects.requireNonNull(role);
        this.jobTitle = Objects.requireNonNull(jobTitle).strip();
        this.sex = sex;
        this.termFrom = termFrom;
        this.termTo = termTo;
    }

    /** @throws UserFacingException unless from ≤ to, both plausible years, and the span at most LONGEST_TERM years */
    public static void checkTerm(int from, int to) {
        if (from < FIRST_YEAR || to > LAST_YEAR || from > to) {
            throw new UserFacingException("register.committee.error.term");
        }
        if (to - from > LONGEST_TERM) {
            throw new UserFacingException("register.committee.error.termTooLong", LONGEST_TERM);
        }
    }

    /** Whether the member's term covers the year. */
    public boolean servesIn(int year) {
        return termFrom <= year && year <= termTo;
    }

    public boolean isWoman() {
        return sex == Sex.FEMALE;
    }

    public String getFullName() {
        return fullName;
    }

    public CommitteeRole getRole() {
        return role;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public Sex getSex() {
        return sex;
    }

    public int getTermFrom() {
        return termFrom;
    }

    public int getTermTo() {
        return termTo;
    }
}
