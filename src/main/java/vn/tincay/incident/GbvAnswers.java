package vn.tincay.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The answers to the GBVIMS classification questions, asked in their priority order. Kept with the
 * incident so the derived type can always be explained and re-derived. A question starts
 * unanswered (null) in a draft; a filed incident has every question answered, "not known" included.
 */
@Embeddable
public class GbvAnswers implements Serializable {

    private static final long serialVersionUID = 1L;

    /** 1. Penetration, however slight, of the vagina, anus or mouth with a penis, other body part or object. */
    @Enumerated(EnumType.STRING)
    @Column(name = "answer_penetration", length = 8)
    private Answer penetration;

    /** 2. Unwanted sexual contact that did not include penetration. */
    @Enumerated(EnumType.STRING)
    @Column(name = "answer_sexual_contact", length = 8)
    private Answer sexualContact;

    /** 3. Physical assault: hitting, slapping, kicking, burning, pushing... */
    @Enumerated(EnumType.STRING)
    @Column(name = "answer_physical", length = 8)
    private Answer physicalAssault;

    /** 4. A marriage the survivor did not freely consent to (including child marriage). */
    @Enumerated(EnumType.STRING)
    @Column(name = "answer_forced_marriage", length = 8)
    private Answer forcedMarriage;

    /** 5. Denial of rightful access to resources, opportunities or services (e.g. schooling, money). */
    @Enumerated(EnumType.STRING)
    @Column(name = "answer_denial", length = 8)
    private Answer denial;

    /** 6. Psychological or emotional abuse: threats, humiliation, isolation, harassment, stalking. */
    @Enumerated(EnumType.STRING)
    @Column(name = "answer_psychological", length = 8)
    private Answer psychological;

    public GbvAnswers() {
    }

    public GbvAnswers(Answer penetration, Answer sexualContact, Answer physicalAssault, Answer forcedMarriage,
                      Answer denial, Answer psychological) {
        this.penetration = penetration;
        this.sexualContact = sexualContact;
        this.physicalAssault = physicalAssault;
        this.forcedMarriage = forcedMarriage;
        this.denial = denial;
        this.psychological = psychological;
    }

    /** Every question answered yes or no. */
    public GbvAnswers(boolean penetration, boolean sexualContact, boolean physicalAssault, boolean forcedMarriage,
                      boolean denial, boolean psychological) {
        this(Answer.of(penetration), Answer.of(sexualContact), Answer.of(physicalAssault), Answer.of(forcedMarriage),
                Answer.of(denial), Answer.of(psychological));
    }

    /** The questions in their priority order, by the names the form and the API use. */
    public enum Question {
        PENETRATION("penetration", GbvType.RAPE, GbvAnswers::getPenetration),
        SEXUAL_CONTACT("sexualContact", GbvType.SEXUAL_ASSAULT, GbvAnswers::getSexualContact),
        PHYSICAL_ASSAULT("physicalAssault", GbvType.PHYSICAL_ASSAULT, GbvAnswers::getPhysicalAssault),
        FORCED_MARRIAGE("forcedMarriage", GbvType.FORCED_MARRIAGE, GbvAnswers::getForcedMarriage),
        DENIAL("denial", GbvType.DENIAL_OF_RESOURCES, GbvAnswers::getDenial),
        PSYCHOLOGICAL("psychological", GbvType.PSYCHOLOGICAL_ABUSE, GbvAnswers::getPsychological);

        private final String field;
        private final GbvType type;
        private final Function<GbvAnswers, Answer> reader;

        Question(String field, GbvType type, Function<GbvAnswers, Answer> reader) {
            this.field = field;
            this.type = type;
            this.reader = reader;
        }

        /** The property name, as in the JSON of the API and in the bundle keys "intake.q.…". */
        public String field() {
            return field;
        }

        /** The type a "yes" to this question leads to, when no question before it is answered "yes". */
        public GbvType type() {
            return type;
        }

        public Answer of(GbvAnswers answers) {
            return reader.apply(answers);
        }
    }

    public Answer answer(Question question) {
        return question.of(this);
    }

    public boolean isYes(Question question) {
        return answer(question) == Answer.YES;
    }

    /** The questions not answered at all, in their order. */
    public List<Question> unanswered() {
        return with(null);
    }

    /** The questions answered "not known", in their order. */
    public List<Question> unknown() {
        return with(Answer.UNKNOWN);
    }

    public boolean allAnswered() {
        return unanswered().isEmpty();
    }

    public boolean anyUnknown() {
        return !unknown().isEmpty();
    }

    private List<Question> with(Answer answer) {
        List<Question> found = new ArrayList<>();
        for (Question question : Question.values()) {
            if (question.of(this) == answer) {
                found.add(question);
            }
        }
        return found;
    }

    public Answer getPenetration() {
        return penetration;
    }

    public void setPenetration(Answer penetration) {
        this.penetration = penetration;
    }

    public Answer getSexualContact() {
        return sexualContact;
    }

    public void setSexualContact(Answer sexualContact) {
        this.sexualContact = sexualContact;
    }

    public Answer getPhysicalAssault() {
        return physicalAssault;
    }

    public void setPhysicalAssault(Answer physicalAssault) {
        this.physicalAssault = physicalAssault;
    }

    public Answer getForcedMarriage() {
        return forcedMarriage;
    }

    public void setForcedMarriage(Answer forcedMarriage) {
        this.forcedMarriage = forcedMarriage;
    }

    public Answer getDenial() {
        return denial;
    }

    public void setDenial(Answer denial) {
        this.denial = denial;
    }

    public Answer getPsychological() {
        return psychological;
    }

    public void setPsychological(Answer psychological) {
        this.psychological = psychological;
    }

    public GbvAnswers copy() {
        return new GbvAnswers(penetration, sexualContact, physicalAssault, forcedMarriage, denial, psychological);
    }
}
