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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tincay.organisation.District;
import vn.tincay.platform.UserFacingException;

/**
 * An ad-hoc report (báo cáo đột xuất) the district office asks of its schools: a title, its own
 * questions (answered one by one) and its own due date.
 */
@Entity
@Table(name = "adhoc_request")
public class AdHocRequest {

    public static final int TITLE = 300;
    public static final int QUESTION = 1000;
    public static final int MAX_QUESTIONS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false, updatable = false)
    private District district;

    @Column(nullable = false, length = TITLE)
    private String title;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "adhoc_question", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    @Column(name = "question", nullable = false, length = QUESTION)
    private List<String> questions = new ArrayList<>();

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected AdHocRequest() {
    }

    /** @param questions one per entry; blank ones are dropped */
    public AdHocRequest(District district, String title, List<String> questions, LocalDate dueDate, LocalDate today,
                        String by, Instant now) {
        if (title == null || title.isBlank()) {
            throw new UserFacingException("adhoc.error.titleRequired");
        }
        if (title.strip().length() > TITLE) {
            throw new UserFacingException("report.error.tooLong", TITLE);
        }
        List<String> asked = questions == null ? List.of()
                : questions.stream().filter(q -> q != null && !q.isBlank()).map(String::strip).toList();
        if (asked.isEmpty()) {
            throw new UserFacingException("adhoc.error.questionRequired");
        }
        if (asked.size() > MAX_QUESTIONS) {
            throw new UserFacingException("adhoc.error.tooManyQuestions", MAX_QUESTIONS);
        }
        if (asked.stream().anyMatch(q -> q.length() > QUESTION)) {
            throw new UserFacingException("report.error.tooLong", QUESTION);
        }
        if (dueDate == null) {
            throw new UserFacingException("adhoc.error.dueRequired");
        }
        if (dueDate.isBefore(today)) {
            throw new UserFacingException("adhoc.error.dueInThePast");
        }
        this.district = district;
        this.title = title.strip();
        this.questions = new ArrayList<>(asked);
        this.dueDate = dueDate;
        this.createdBy = by;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public District getDistrict() {
        return district;
    }

    public String getTitle() {
        return title;
    }

    public List<String> getQuestions() {
        return List.copyOf(questions);
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
