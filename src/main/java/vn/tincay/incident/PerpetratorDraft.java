package vn.tincay.incident;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/** One alleged perpetrator as typed into the intake form or sent to the API. */
public class PerpetratorDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Relationship relationship = Relationship.UNKNOWN;
    @NotNull
    private Sex sex = Sex.UNKNOWN;
    @NotNull
    private AgeGroup ageGroup = AgeGroup.UNKNOWN;

    public PerpetratorDraft() {
    }

    public PerpetratorDraft(Relationship relationship, Sex sex, AgeGroup ageGroup) {
        this.relationship = relationship;
        this.sex = sex;
        this.ageGroup = ageGroup;
    }

    public Relationship getRelationship() {
        return relationship;
    }

    public void setRelationship(Relationship relationship) {
        this.relationship = relationship;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public AgeGroup getAgeGroup() {
        return ageGroup;
    }

    public void setAgeGroup(AgeGroup ageGroup) {
        this.ageGroup = ageGroup;
    }
}
