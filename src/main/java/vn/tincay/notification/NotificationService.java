package vn.tincay.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.security.CallerContext;
import vn.tincay.security.Role;

/**
 * The caller's own in-app notifications. Everyone who works on cases may have some; nobody sees
 * another account's, and a notification id of someone else is "not found".
 */
@Stateless
@RolesAllowed({Role.SCHOOL_STAFF_NAME, Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME,
        Role.SUPPORT_SERVICE_NAME})
public class NotificationService {

    public static final int MAX_LIST = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    private final Clock clock = Clock.systemUTC();

    public long unreadCount() {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipientId = :r AND n.readAt IS NULL",
                Long.class).setParameter("r", callers.get().accountId()).getSingleResult();
    }

    /** The newest notifications of the caller, newest first. */
    public List<NotificationRow> recent(int max) {
        return em.createQuery("SELECT NEW vn.tincay.notification.NotificationRow(n.id, n.kind, n.incidentId, "
                        + "n.caseCode, n.createdAt, n.readAt, n.relatedIncidentId, n.relatedCaseCode, n.subjectAccount, "
                        + "n.reportId, n.periodId, n.reportUnit, n.adhocRequestId) FROM Notification n "
                        + "WHERE n.recipientId = :r ORDER BY n.createdAt DESC, n.id DESC", NotificationRow.class)
                .setParameter("r", callers.get().accountId())
                .setMaxResults(Math.min(Math.max(1, max), MAX_LIST))
                .getResultList();
    }

    /** The caller's newest notifications about periodic and ad-hoc reports (submitted, returned, accepted, reminders). */
    public List<NotificationRow> aboutReports(int max) {
        return em.createQuery("SELECT NEW vn.tincay.notification.NotificationRow(n.id, n.kind, n.createdAt, n.readAt, "
                        + "n.reportId, n.periodId, n.reportUnit, n.adhocRequestId) FROM Notification n "
                        + "WHERE n.recipientId = :r AND (n.periodId IS NOT NULL OR n.adhocRequestId IS NOT NULL) "
                        + "ORDER BY n.createdAt DESC, n.id DESC", NotificationRow.class)
                .setParameter("r", callers.get().accountId())
                .setMaxResults(Math.min(Math.max(1, max), MAX_LIST))
                .getResultList();
    }

    public void markRead(long id) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null || notification.getRecipientId() != callers.get().accountId()) {
            throw new RecordNotFoundException();
        }
        notification.markRead(Instant.now(clock));
    }

    /** @return how many were unread */
    public int markAllRead() {
        List<Notification> unread = em.createQuery("SELECT n FROM Notification n WHERE n.recipientId = :r "
                        + "AND n.readAt IS NULL", Notification.class)
                .setParameter("r", callers.get().accountId())
                .getResultList();
        Instant now = Instant.now(clock);
        unread.forEach(n -> n.markRead(now));
        return unread.size();
    }
}
