package vn.tincay.report;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import vn.tincay.account.UserAccount;
import vn.tincay.notification.Notification;
import vn.tincay.notification.NotificationKind;
import vn.tincay.security.Role;

/**
 * In-app notifications about periodic and ad-hoc reports, written in the transaction of the action
 * they report: the coordinators hear of a school's submission and resubmission, the school's focal
 * points of a request, a return, an acceptance and of reminders. Called by the report services only,
 * which have checked the caller; a notification names the report, its period and the unit – never a case.
 */
@Stateless
@PermitAll
public class ReportNotices {

    @PersistenceContext
    private EntityManager em;

    /** To the district's coordinators: a school submitted its report (again, after a return). */
    public void submitted(PeriodicReport report, boolean again, Instant now) {
        if (!report.isSchoolReport()) {
            return;
        }
        notify(coordinators(report.getDistrict().getId()), again ? NotificationKind.REPORT_RESUBMITTED
                : NotificationKind.REPORT_SUBMITTED, report.getId(), report.getPeriodId(), report.getSchool().getName(),
                now);
    }

    /** To the school's focal points: the report was returned with a comment, or accepted. */
    public void decided(PeriodicReport report, Instant now) {
        NotificationKind kind = report.getStatus() == ReportStatus.ACCEPTED ? NotificationKind.REPORT_ACCEPTED
                : NotificationKind.REPORT_RETURNED;
        notify(focalPoints(report.getSchool().getId()), kind, report.getId(), report.getPeriodId(),
                report.getSchool().getName(), now);
    }

    /**
     * A reminder to a unit that has not submitted: the school's focal points, or (schoolId null) the
     * district's coordinators for the district's own report. @return how many accounts were told
     */
    public int remind(NotificationKind kind, long districtId, Long schoolId, Long reportId, long periodId,
                      String unitName, Instant now) {
        List<UserAccount> recipients = schoolId == null ? coordinators(districtId) : focalPoints(schoolId);
        notify(recipients, kind, reportId, periodId, unitName, now);
        return recipients.size();
    }

    /** To the focal points of every active school of the district: the coordinator asks for an ad-hoc report. */
    public void adHocAsked(long districtId, long requestId, String title, Instant now) {
        for (UserAccount recipient : em.createQuery("SELECT a FROM UserAccount a WHERE a.role = :r "
                        + "AND a.school.district.id = :d AND a.school.active = TRUE AND a.enabled = TRUE", UserAccount.class)
                .setParameter("r", Role.SCHOOL_FOCAL_POINT).setParameter("d", districtId).getResultList()) {
            em.persist(Notification.aboutAdHoc(recipient.getId(), NotificationKind.ADHOC_REQUESTED, requestId, title, now));
        }
    }

    /** To the district's coordinators: a school submitted its answers to an ad-hoc report. */
    public void adHocSubmitted(long districtId, long requestId, String schoolName, Instant now) {
        for (UserAccount recipient : coordinators(districtId)) {
            em.persist(Notification.aboutAdHoc(recipient.getId(), NotificationKind.ADHOC_SUBMITTED, requestId,
                    schoolName, now));
        }
    }

    /** To a school's focal points: a reminder about an ad-hoc report. */
    public void adHocReminder(List<UserAccount> focalPoints, NotificationKind kind, long requestId, String title,
                              Instant now) {
        for (UserAccount recipient : focalPoints) {
            em.persist(Notification.aboutAdHoc(recipient.getId(), kind, requestId, title, now));
        }
    }

    private void notify(List<UserAccount> recipients, NotificationKind kind, Long reportId, long periodId,
                        String unitName, Instant now) {
        for (UserAccount recipient : recipients) {
            em.persist(Notification.aboutReport(recipient.getId(), kind, reportId, periodId, unitName, now));
        }
    }

    /** The district's enabled coordinators. */
    public List<UserAccount> coordinators(long districtId) {
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.role = :r AND a.district.id = :d "
                        + "AND a.enabled = TRUE", UserAccount.class)
                .setParameter("r", Role.DISTRICT_COORDINATOR).setParameter("d", districtId).getResultList();
    }

    /** The school's enabled focal points. */
    public List<UserAccount> focalPoints(long schoolId) {
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.role = :r AND a.school.id = :s "
                        + "AND a.enabled = TRUE", UserAccount.class)
                .setParameter("r", Role.SCHOOL_FOCAL_POINT).setParameter("s", schoolId).getResultList();
    }
}
