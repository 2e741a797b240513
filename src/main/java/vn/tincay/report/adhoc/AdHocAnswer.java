package vn.tincay.report.adhoc;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.tincay.organisation.School;
import vn.tincay.platform.UserFacingException;

/** A school's answers to an ad-hoc report: one text per question; editable until submitted. */
@Entity
@Table(name = "adhoc_answer")
public class AdHocAnswer {

    public static final int ANSWER = 10000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private AdHocRequest request;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private School school;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "adhoc_answer_text", joinColumns = @JoinColumn(name = "answer_id"))
    @OrderColumn(name = "position")
    @Lob
    @Column(name = "body")
    private List<String> answers = new ArrayList<>();

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected AdHocAnswer() {
    }

    public AdHocAnswer(AdHocRequest request, School school, String by, Instant now) {
        this.request = request;
        this.school = school;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** Replaces the answers (one per question); submitting needs an answer to every question. */
    public void answer(List<String> texts, boolean submit, String by, Instant now) {
        if (submittedAt != null) {
            throw new UserFacingException("adhoc.error.submitted");
        }
        int questions = request.getQuestions().size();
        List<String> given = new ArrayList<>();
        for (int i = 0; i < questions; i++) {
            String text = texts != null && i < texts.size() && texts.get(i) != null ? texts.get(i).strip() : "";
            if (text.length() > ANSWER) {
                throw new UserFacingException("report.error.tooLong", ANSWER);
            }
            given.add(text);
        }
        if (submit && given.stream().anyMatch(String::isEmpty)) {
            throw new UserFacingException("adhoc.error.answerEveryQuestion");
        }
        answers.clear();
        answers.addAll(given);
        if (submit) {
            submittedAt = now;
        }
        updatedBy = by;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public AdHocRequest getRequest() {
        return request;
    }

    public School getSchool() {
        return school;
    }

    public List<String> getAnswers() {
        return List.copyOf(answers);
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public int getVersion() {
        return version;
    }
}
