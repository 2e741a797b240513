package vn.tincay.report.adhoc;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.tincay.audit.AuditAction;
import vn.tincay.organisation.District;
import vn.tincay.organisation.School;
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;
import vn.tincay.register.RegisterAudit;
import vn.tincay.report.ReportNotices;
import vn.tincay.security.Caller;
import vn.tincay.security.CallerContext;
import vn.tincay.security.Role;

/**
 * Ad-hoc reports (báo cáo đột xuất): the coordinator asks the district's schools questions of its own
 * with a due date; each school's focal point answers in the app and submits; the coordinator reads the
 * answers. Scope: the caller's district (and, for answers, the caller's school).
 */
@Stateless
@RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
public class AdHocReportService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private RegisterAudit audit;

    @EJB
    private ReportNotices notices;

    @EJB
    private AdHocReminderService reminders;

    private final Clock clock = Clock.systemUTC();

    /** The coordinator asks every school of the district. @return the new request's id */
    @RolesAllowed(Role.DISTRICT_COORDINATOR_NAME)
    public long ask(String title, List<String> questions, LocalDate dueDate) {
        Caller caller = callers.get();
        long districtId = districtOf(caller);
        AdHocRequest request = new AdHocRequest(em.find(District.class, districtId), title, questions, dueDate,
                LocalTime.today(clock), caller.username(), Instant.now(clock));
        em.persist(request);
        em.flush();
        audit.record(caller, AuditAction.ADHOC_REPORT_REQUESTED, "AdHocRequest", request.getId(), null);
        notices.adHocAsked(districtId, request.getId(), request.getTitle(), request.getCreatedAt());
        return request.getId();
    }

    /** The district's ad-hoc reports, the latest due first, with the answers counted (one query each). */
    public List<AdHocRow> requests() {
        Caller caller = callers.get();
        long districtId = districtOf(caller);
        LocalDate today = LocalTime.today(clock);
        long schools = em.createQuery("SELECT COUNT(s) FROM School s WHERE s.district.id = :d AND s.active = TRUE",
                Long.class).setParameter("d", districtId).getSingleResult();
        Map<Long, Long> submitted = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT a.request.id, COUNT(a) FROM AdHocAnswer a WHERE "
                        + "a.request.district.id = :d AND a.submittedAt IS NOT NULL GROUP BY a.request.id", Object[].class)
                .setParameter("d", districtId).getResultList()) {
            submitted.put((Long) r[0], (Long) r[1]);
        }
        Map<Long, Instant> own = new HashMap<>();
        if (caller.role() == Role.SCHOOL_FOCAL_POINT) {
            for (Object[] r : em.createQuery("SELECT a.request.id, a.submittedAt FROM AdHocAnswer a WHERE "
                            + "a.school.id = :s AND a.submittedAt IS NOT NULL", Object[].class)
                    .setParameter("s", caller.schoolId()).getResultList()) {
                own.put((Long) r[0], (Instant) r[1]);
            }
        }
        List<AdHocRow> rows = new ArrayList<>();
        for (AdHocRequest r : em.createQuery("SELECT r FROM AdHocRequest r WHERE r.district.id = :d "
                        + "ORDER BY r.dueDate DESC, r.id DESC", AdHocRequest.class)
                .setParameter("d", districtId).setMaxResults(100).getResultList()) {
            Instant mine = own.get(r.getId());
            rows.add(new AdHocRow(r.getId(), r.getTitle(), r.getDueDate(),
                    today.isAfter(r.getDueDate()) && (caller.role() == Role.DISTRICT_COORDINATOR
                            ? submitted.getOrDefault(r.getId(), 0L) < schools : mine == null),
                    submitted.getOrDefault(r.getId(), 0L), schools, mine));
        }
        return rows;
    }

    public AdHocView view(long id) {
        Caller caller = callers.get();
        AdHocRequest request = readable(caller, id);
        if (caller.role() == Role.SCHOOL_FOCAL_POINT) {
            AdHocAnswer answer = own(request, caller.schoolId());
            List<String> answers = answer == null ? blanks(request) : answer.getAnswers();
            Instant submittedAt = answer == null ? null : answer.getSubmittedAt();
            return new AdHocView(request.getId(), request.getTitle(), request.getDueDate(), request.getQuestions(),
                    answers, submittedAt, submittedAt == null, List.of());
        }
        List<AdHocView.SchoolAnswers> schools = new ArrayList<>();
        Map<Long, AdHocAnswer> answers = new HashMap<>();
        for (AdHocAnswer a : em.createQuery("SELECT a FROM AdHocAnswer a WHERE a.request = :r", AdHocAnswer.class)
                .setParameter("r", request).getResultList()) {
            answers.put(a.getSchool().getId(), a);
        }
        for (School s : em.createQuery("SELECT s FROM School s WHERE s.district.id = :d AND s.active = TRUE "
                        + "ORDER BY s.name", School.class)
                .setParameter("d", request.getDistrict().getId()).getResultList()) {
            AdHocAnswer a = answers.get(s.getId());
            boolean submitted = a != null && a.getSubmittedAt() != null;
            schools.add(new AdHocView.SchoolAnswers(s.getId(), s.getName(), submitted ? a.getSubmittedAt() : null,
                    submitted ? a.getAnswers() : List.of()));
        }
        return new AdHocView(request.getId(), request.getTitle(), request.getDueDate(), request.getQuestions(),
                List.of(), null, false, schools);
    }

    /** The school's focal point saves (or submits) the school's answers. */
    @RolesAllowed(Role.SCHOOL_FOCAL_POINT_NAME)
    public void answer(long id, List<String> answers, boolean submit) {
        Caller caller = callers.get();
        AdHocRequest request = readable(caller, id);
        AdHocAnswer answer = own(request, caller.schoolId());
        Instant now = Instant.now(clock);
        if (answer == null) {
            answer = new AdHocAnswer(request, em.find(School.class, caller.schoolId()), caller.username(), now);
            em.persist(answer);
        }
        answer.answer(answers, submit, caller.username(), now);
        em.flush();
        if (submit) {
            audit.record(caller, AuditAction.ADHOC_REPORT_SUBMITTED, "AdHocAnswer", answer.getId(), null);
            notices.adHocSubmitted(request.getDistrict().getId(), request.getId(), answer.getSchool().getName(), now);
        }
    }

    /**
     * "Nhắc nộp": the coordinator reminds a school of the district that has not submitted its answers – in the
     * app and by e-mail; once a day. @return how many accounts were told (0: the school has no focal point)
     */
    @RolesAllowed(Role.DISTRICT_COORDINATOR_NAME)
    public int remindSchool(long id, long schoolId) {
        Caller caller = callers.get();
        AdHocRequest request = readable(caller, id);
        School school = em.find(School.class, schoolId);
        if (school == null || !Objects.equals(school.getDistrict().getId(), request.getDistrict().getId())
                || !school.isActive()) {
            throw new RecordNotFoundException();
        }
        AdHocAnswer answer = own(request, schoolId);
        if (answer != null && answer.getSubmittedAt() != null) {
            throw new UserFacingException("report.remind.notMissing");
        }
        try {
            return reminders.request(request, schoolId, caller.username());
        } catch (MessagingException e) {
            throw new UserFacingException("report.remind.mailFailed");
        }
    }

    private static List<String> blanks(AdHocRequest request) {
        List<String> blanks = new ArrayList<>();
        request.getQuestions().forEach(q -> blanks.add(""));
        return blanks;
    }

    private AdHocAnswer own(AdHocRequest request, Long schoolId) {
        return em.createQuery("SELECT a FROM AdHocAnswer a WHERE a.request = :r AND a.school.id = :s", AdHocAnswer.class)
                .setParameter("r", request).setParameter("s", schoolId).getResultStream().findFirst().orElse(null);
    }

    private AdHocRequest readable(Caller caller, long id) {
        AdHocRequest request = em.find(AdHocRequest.class, id);
        if (request == null || !Objects.equals(request.getDistrict().getId(), districtOf(caller))) {
            throw new RecordNotFoundException();
        }
        return request;
    }

    private static long districtOf(Caller caller) {
        boolean ok = caller.districtId() != null && (caller.role() == Role.DISTRICT_COORDINATOR
                || caller.role() == Role.SCHOOL_FOCAL_POINT && caller.schoolId() != null);
        if (!ok) {
            throw new RecordNotFoundException();
        }
        return caller.districtId();
    }
}
