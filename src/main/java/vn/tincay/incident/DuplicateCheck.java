package vn.tincay.incident;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tincay.account.UserAccount;
import vn.tincay.audit.AuditAction;
import vn.tincay.notification.Notification;
import vn.tincay.organisation.School;
import vn.tincay.security.Caller;
import vn.tincay.security.Role;
import vn.tincay.security.crypto.Confidentiality;

/**
 * Looks for cases of the same survivor in the district around the incident date, without becoming
 * a way to learn who has a case: the caller sees details only of cases they may open anyway; of
 * the others they learn only that the coordinators will check, and the coordinators are told with
 * both cases. Every lookup is audited, and an account that looks too often in an hour gets no
 * lookup at all (its reports go to the coordinators to check instead).
 */
@Dependent
public class DuplicateCheck {

    /** Reports of the same survivor this close together may be one incident. */
    public static final int WINDOW_DAYS = 14;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Confidentiality confidentiality;

    @Inject
    private CaseAudit audit;

    @Inject
    @ConfigProperty(name = "tincay.duplicates.max-per-hour", defaultValue = "30")
    int maxPerHour;

    private final Clock clock = Clock.systemUTC();

    /** What a lookup found: the matches the caller may see, whether others exist, or that none was made. */
    public record Result(List<PossibleDuplicate> visible, List<Incident> hidden, boolean limited) {

        static final Result NONE = new Result(List.of(), List.of(), false);

        public boolean hiddenFound() {
            return !hidden.isEmpty();
        }
    }

    public Result run(Caller caller, School school, String survivorName, LocalDate incidentDate) {
        Set<String> words = confidentiality.nameIndex().wordHashes(survivorName);
        if (words.isEmpty() || incidentDate == null) {
            return Result.NONE;
        }
        Instant now = Instant.now(clock);
        if (lookupsInLastHour(caller, now) >= maxPerHour) {
            audit.record(caller, AuditAction.DUPLICATE_CHECK_LIMITED, "School", school.getId(), null,
                    "more than " + maxPerHour + " lookups in an hour");
            return new Result(List.of(), List.of(), true);
        }
        List<Long> candidates = em.createQuery("SELECT w.incidentId FROM SurvivorNameWord w, Incident i "
                        + "WHERE w.incidentId = i.id AND i.district.id = :d AND i.incidentDate BETWEEN :from AND :to "
                        + "AND i.anonymisedAt IS NULL AND w.wordHash IN :words "
                        + "GROUP BY w.incidentId HAVING COUNT(w.wordHash) >= :common", Long.class)
                .setParameter("d", school.getDistrict().getId())
                .setParameter("from", incidentDate.minusDays(WINDOW_DAYS))
                .setParameter("to", incidentDate.plusDays(WINDOW_DAYS))
                .setParameter("words", List.copyOf(words))
                .setParameter("common", (long) NameMatch.wordsInCommon(survivorName))
                .getResultList();
        List<PossibleDuplicate> visible = new ArrayList<>();
        List<Incident> hidden = new ArrayList<>();
        if (!candidates.isEmpty()) {
            List<Incident> found = em.createQuery("SELECT i FROM Incident i JOIN FETCH i.school "
                    + "WHERE i.id IN :ids ORDER BY i.incidentDate, i.id", Incident.class)
                    .setParameter("ids", candidates).getResultList();
            for (Incident incident : found) {
                if (!NameMatch.maySameSurvivor(survivorName, incident.getSurvivor().getFullName())) {
                    continue;
                }
                if (mayOpen(caller, incident)) {
                    visible.add(new PossibleDuplicate(incident.getCaseCode(), incident.getIncidentDate(),
                            incident.getType(), incident.getStatus()));
                } else {
                    hidden.add(incident);
                }
            }
        }
        // Counts only: never the name, never which cases the caller could not see.
        audit.record(caller, AuditAction.DUPLICATE_CHECKED, "School", school.getId(), null,
                "shown " + visible.size() + ", for review " + hidden.size());
        return new Result(visible, hidden, false);
    }

    /** Tells the district's coordinators about a filed report and the cases it may duplicate. */
    public void notifyReviewers(Incident filed, Result result) {
        if (!result.hiddenFound() && !result.limited()) {
            return;
        }
        Instant now = Instant.now(clock);
        List<UserAccount> coordinators = em.createQuery("SELECT a FROM UserAccount a WHERE a.role = :r "
                        + "AND a.district.id = :d AND a.enabled = TRUE ORDER BY a.id", UserAccount.class)
                .setParameter("r", Role.DISTRICT_COORDINATOR)
                .setParameter("d", filed.getDistrict().getId())
                .getResultList();
        for (UserAccount coordinator : coordinators) {
            if (result.limited()) {
                em.persist(Notification.duplicateCheckSkipped(coordinator.getId(), filed.getId(), filed.getCaseCode(),
                        now));
            }
            for (Incident existing : result.hidden()) {
                em.persist(Notification.possibleDuplicate(coordinator.getId(), filed.getId(), filed.getCaseCode(),
                        existing.getId(), existing.getCaseCode(), now));
            }
        }
    }

    private long lookupsInLastHour(Caller caller, Instant now) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.actor = :a AND e.action = :act "
                        + "AND e.occurredAt >= :since", Long.class)
                .setParameter("a", caller.username())
                .setParameter("act", AuditAction.DUPLICATE_CHECKED)
                .setParameter("since", now.minus(1, ChronoUnit.HOURS))
                .getSingleResult();
    }

    /** The same rule as {@link CaseScope}: own reports, own school, own district. */
    static boolean mayOpen(Caller caller, Incident incident) {
        return switch (caller.role()) {
            case SCHOOL_STAFF -> incident.getReportedBy().getId() == caller.accountId();
            case SCHOOL_FOCAL_POINT -> incident.getSchool().getId().equals(caller.schoolId());
            case DISTRICT_COORDINATOR -> incident.getDistrict().getId().equals(caller.districtId());
            default -> false;
        };
    }
}
