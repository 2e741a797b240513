package vn.tincay.register;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.tincay.incident.Sex;

/** An emulation nomination as typed into its form (id null: a new one). */
public class NominationDraft extends RegisterDraft {

    private static final long serialVersionUID = 1L;

    @NotNull
    @Min(EmulationNomination.FIRST_YEAR)
    @Max(EmulationNomination.LAST_YEAR)
    private Integer awardYear;
    @NotNull
    @PastOrPresent
    private LocalDate proposedOn;
    @NotNull
    private NomineeKind nomineeKind = NomineeKind.INDIVIDUAL;
    @NotBlank
    @Size(max = EmulationNomination.NAME)
    private String name;
    private Sex sex;
    @NotBlank
    @Size(max = EmulationNomination.AWARD)
    private String award;
    @Size(max = EmulationNomination.ACHIEVEMENT)
    private String achievement;

    public static NominationDraft of(EmulationNomination n) {
        NominationDraft d = new NominationDraft();
        d.readFrom(n);
        d.awardYear = n.getAwardYear();
        d.proposedOn = n.getProposedOn();
        d.nomineeKind = n.getNomineeKind();
        d.name = n.getName();
        d.sex = n.getSex();
        d.award = n.getAward();
        d.achievement = n.getAchievement();
        return d;
    }

    public Integer getAwardYear() {
        return awardYear;
    }

    public void setAwardYear(Integer awardYear) {
        this.awardYear = awardYear;
    }

    public LocalDate getProposedOn() {
        return proposedOn;
    }

    public void setProposedOn(LocalDate proposedOn) {
        this.proposedOn = proposedOn;
    }

    public NomineeKind getNomineeKind() {
        return nomineeKind;
    }

    public void setNomineeKind(NomineeKind nomineeKind) {
        this.nomineeKind = nomineeKind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public String getAward() {
        return award;
    }

    public void setAward(String award) {
        this.award = award;
    }

    public String getAchievement() {
        return achievement;
    }

    public void setAchievement(String achievement) {
        this.achievement = achievement;
    }
}
