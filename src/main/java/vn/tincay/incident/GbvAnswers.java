package vn.tincay.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * The answers to the GBVIMS classification questions, asked in their priority order. Kept with the
 * incident so the derived type can always be explained and re-derived.
 */
@Embeddable
public class GbvAnswers implements Serializable {

    private static final long serialVersionUID = 1L;

    /** 1. Penetration, however slight, of the vagina, anus or mouth with a penis, other body part or object. */
    @Column(name = "answer_penetration", nullable = false)
    private boolean penetration;

    /** 2. Unwanted sexual contact that did not include penetration. */
    @Column(name = "answer_sexual_contact", nullable = false)
    private boolean sexualContact;

    /** 3. Physical assault: hitting, slapping, kicking, burning, pushing... */
    @Column(name = "answer_physical", nullable = false)
    private boolean physicalAssault;

    /** 4. A marriage the survivor did not freely consent to (including child marriage). */
    @Column(name = "answer_forced_marriage", nullable = false)
    private boolean forcedMarriage;

    /** 5. Denial of rightful access to resources, opportunities or services (e.g. schooling, money). */
    @Column(name = "answer_denial", nullable = false)
    private boolean denial;

    /** 6. Psychological or emotional abuse: threats, humiliation, isolation, harassment, stalking. */
    @Column(name = "answer_psychological", nullable = false)
    private boolean psychological;

    public GbvAnswers() {
    }

    public GbvAnswers(boolean penetration, boolean sexualContact, boolean physicalAssault, boolean forcedMarriage,
                      boolean denial, boolean psychological) {
        this.penetration = penetration;
        this.sexualContact = sexualContact;
        this.physicalAssault = physicalAssault;
        this.forcedMarriage = forcedMarriage;
        this.denial = denial;
        this.psychological = psychological;
    }

    public boolean isPenetration() {
        return penetration;
    }

    public void setPenetration(boolean penetration) {
        this.penetration = penetration;
    }

    public boolean isSexualContact() {
        return sexualContact;
    }

    public void setSexualContact(boolean sexualContact) {
        this.sexualContact = sexualContact;
    }

    public boolean isPhysicalAssault() {
        return physicalAssault;
    }

    public void setPhysicalAssault(boolean physicalAssault) {
        this.physicalAssault = physicalAssault;
    }

    public boolean isForcedMarriage() {
        return forcedMarriage;
    }

    public void setForcedMarriage(boolean forcedMarriage) {
        this.forcedMarriage = forcedMarriage;
    }

    public boolean isDenial() {
        return denial;
    }

    public void setDenial(boolean denial) {
        this.denial = denial;
    }

    public boolean isPsychological() {
        return psychological;
    }

    public void setPsychological(boolean psychological) {
        this.psychological = psychological;
    }

    public GbvAnswers copy() {
        return new GbvAnswers(penetration, sexualContact, physicalAssault, forcedMarriage, denial, psychological);
    }
}
