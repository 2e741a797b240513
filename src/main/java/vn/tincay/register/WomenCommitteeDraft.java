package vn.tincay.register;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tincay.incident.Sex;
import vn.tincay.platform.UserFacingException;

/** A decision setting up or re-forming the committee, with its members, as typed into its form. */
public class WomenCommitteeDraft extends RegisterDraft {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = WomenCommittee.NUMBER)
    private String decisionNumber;
    @NotNull
    @PastOrPresent
    private LocalDate decidedOn;
    @NotBlank
    @Size(max = WomenCommittee.SIGNER)
    private String signerBody;
    @Valid
    @Size(max = WomenCommittee.MAX_MEMBERS)
    private List<Member> members = new ArrayList<>();

    /** One member's line of the form. */
    public static class Member implements Serializable {

        private static final long serialVersionUID = 1L;

        // No @NotBlank/@NotNull here: a line is checked as a whole when the committee is saved, so that
        // adding a line to a half-typed form does not fail validation.
        @Size(max = CommitteeMember.NAME)
        private String fullName;
        private CommitteeRole role;
        @Size(max = CommitteeMember.JOB_TITLE)
        private String jobTitle;
        private Sex sex;
        private Integer termFrom;
        private Integer termTo;

        static Member of(CommitteeMember m) {
            Member line = new Member();
            line.fullName = m.getFullName();
            line.role = m.getRole();
            line.jobTitle = m.getJobTitle();
            line.sex = m.getSex();
            line.termFrom = m.getTermFrom();
            line.termTo = m.getTermTo();
            return line;
        }

        /** A line nothing was typed into. */
        boolean isBlank() {
            return (fullName == null || fullName.isBlank()) && role == null && (jobTitle == null || jobTitle.isBlank())
                    && sex == null && termFrom == null && termTo == null;
        }

        /** @throws UserFacingException when the line misses something */
        CommitteeMember toMember() {
            if (fullName == null || fullName.isBlank() || role == null || jobTitle == null || jobTitle.isBlank()
                    || termFrom == null || termTo == null) {
                throw new UserFacingException("register.committee.error.memberIncomplete");
            }
            return new CommitteeMember(fullName, role, jobTitle, sex, termFrom, termTo);
        }

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String fullName) {
            this.fullName = fullName;
        }

        public CommitteeRole getRole() {
            return role;
        }

        public void setRole(CommitteeRole role) {
            this.role = role;
        }

        public String getJobTitle() {
            return jobTitle;
        }

        public void setJobTitle(String jobTitle) {
            this.jobTitle = jobTitle;
        }

        public Sex getSex() {
            return sex;
        }

        public void setSex(Sex sex) {
            this.sex = sex;
        }

        public Integer getTermFrom() {
            return termFrom;
        }

        public void setTermFrom(Integer termFrom) {
            this.termFrom = termFrom;
        }

        public Integer getTermTo() {
            return termTo;
        }

        public void setTermTo(Integer termTo) {
            this.termTo = termTo;
        }
    }

    public static WomenCommitteeDraft of(WomenCommittee c) {
        WomenCommitteeDraft d = new WomenCommitteeDraft();
        d.readFrom(c);
        d.decisionNumber = c.getDecisionNumber();
        d.decidedOn = c.getDecidedOn();
        d.signerBody = c.getSignerBody();
        d.members = new ArrayList<>(c.getMembers().stream().map(Member::of).toList());
        return d;
    }

    /** The members typed, as the committee keeps them. */
    List<CommitteeMember> namedMembers() {
        return members.stream().filter(m -> !m.isBlank()).map(Member::toMember).toList();
    }

    /** Adds an empty member line. */
    public void addMember() {
        members.add(new Member());
    }

    public void removeMember(int index) {
        if (index >= 0 && index < members.size()) {
            members.remove(index);
        }
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getSignerBody() {
        return signerBody;
    }

    public void setSignerBody(String signerBody) {
        this.signerBody = signerBody;
    }

    public List<Member> getMembers() {
        return members;
    }

    public void setMembers(List<Member> members) {
        this.members = members;
    }
}
