package vn.tincay.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import vn.tincay.incident.Sex;
import vn.tincay.organisation.District;
import vn.tincay.organisation.School;
import vn.tincay.platform.UserFacingException;

/**
 * A unit's nomination for an emulation award (đề nghị khen thưởng) of one year: a collective or an
 * individual, the title or form of award proposed and what was achieved. Seed 004 asks units to mind
 * the share of women among those they put forward, so an individual's sex is required and a
 * collective has none.
 */
@Entity
@Table(name = "emulation_nomination")
public class EmulationNomination extends UnitRecord {

    public static final int NAME = 200;
    public static final int AWARD = 200;
    public static final int ACHIEVEMENT = 2000;
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    @Min(FIRST_YEAR)
    @Max(LAST_YEAR)
    @Column(name = "award_year", nullable = false)
    private int awardYear;

    @NotNull
    @Column(name = "proposed_on", nullable = false)
    private LocalDate proposedOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_kind", nullable = false, length = 16)
    private NomineeKind nomineeKind;

    @NotBlank
    @Size(max = NAME)
    @Column(nullable = false, length = NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Sex sex;

    @NotBlank
    @Size(max = AWARD)
    @Column(nullable = false, length = AWARD)
    private String award;

    @Size(max = ACHIEVEMENT)
    @Column(length = ACHIEVEMENT)
    private String achievement;

    protected EmulationNomination() {
    }

    public EmulationNomination(District district, School school, String by, Instant at) {
        super(district, school, by, at);
    }

    /**
     * Records the nomination. An individual is a woman or a man; a collective has no sex (whatever the
     * form sent). The date proposed places it in a reporting period and may not lie after the award year.
     */
    public void propose(int awardYear, LocalDate proposedOn, NomineeKind kind, String name, Sex sex, String award,
                        String achievement, String by, Instant at) {
        if (kind == NomineeKind.INDIVIDUAL && sex != Sex.FEMALE && sex != Sex.MALE) {
            throw new UserFacingException("register.emulation.error.sex");
        }
        if (proposedOn.getYear() > awardYear) {
            throw new UserFacingException("register.emulation.error.proposedAfterYear", awardYear);
        }
        this.awardYear = awardYear;
        this.proposedOn = proposedOn;
        this.nomineeKind = kind;
        this.name = name;
        this.sex = kind == NomineeKind.INDIVIDUAL ? sex : null;
        this.award = award;
        this.achievement = achievement;
        touch(by, at);
    }

    public int getAwardYear() {
        return awardYear;
    }

    public LocalDate getProposedOn() {
        return proposedOn;
    }

    public NomineeKind getNomineeKind() {
        return nomineeKind;
    }

    public String getName() {
        return name;
    }

    public Sex getSex() {
        return sex;
    }

    public String getAward() {
        return award;
    }

    public String getAchievement() {
        return achievement;
    }
}
