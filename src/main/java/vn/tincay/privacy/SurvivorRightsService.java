package vn.tincay.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.tincay.account.UserAccount;
import vn.tincay.audit.AuditAction;
import vn.tincay.followup.CaseFollowUpRow;
import vn.tincay.followup.Referral;
import vn.tincay.followup.ReferralStatus;
import vn.tincay.incident.CaseAudit;
import vn.tincay.incident.ConsentGiver;
import vn.tincay.incident.ConsentKind;
import vn.tincay.incident.IdentityField;
import vn.tincay.incident.Incident;
import vn.tincay.incident.IncidentService;
import vn.tincay.incident.SurvivorNameWord;
import vn.tincay.notification.Notification;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.Caller;
import vn.tincay.security.CallerContext;
import vn.tincay.security.Role;
import vn.tincay.security.crypto.Confidentiality;
import vn.tincay.statistics.MonthCount;
import vn.tincay.statistics.MonthlyCounts;

/**
 * The survivor's rights under the personal data protection law, exercised through the people who
 * follow the case (school focal point, district coordinator): withdraw a consent (at once: open
 * referrals are withdrawn and their services told), correct identity fields (the old value kept as
 * history). Each is audited, without the values.
 */
@Stateless
@RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
public class SurvivorRightsService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private CaseAudit audit;

    @Inject
    private Confidentiality confidentiality;

    @EJB
    private MonthlyCounts monthlyCounts;

    @EJB
    private IncidentService incidents;

    private final Clock clock = Clock.systemUTC();

    public RightsHistory history(long incidentId) {
        Caller caller = callers.get();
        IncidentService.requireFollowUp(caller);
        Incident incident = incidents.visible(caller, incidentId);
        List<RightsHistory.Withdrawal> withdrawals = em.createQuery("SELECT w FROM ConsentWithdrawal w "
                        + "WHERE w.incidentId = :i ORDER BY w.recordedAt DESC, w.id DESC", ConsentWithdrawal.class)
                .setParameter("i", incident.getId()).getResultList().stream()
                .map(w -> new RightsHistory.Withdrawal(w.getKind(), w.getRequestedBy(), w.getRecordedBy(),
                        w.getRecordedAt()))
                .toList();
        List<RightsHistory.Correction> corrections = em.createQuery("SELECT c.field, c.requestedBy, c.correctedBy, "
                        + "c.correctedAt FROM IdentityCorrection c WHERE c.incidentId = :i "
                        + "ORDER BY c.correctedAt DESC, c.id DESC", Object[].class)
                .setParameter("i", incident.getId()).getResultList().stream()
                .map(r -> new RightsHistory.Correction((IdentityField) r[0], (ConsentGiver) r[1], (String) r[2],
                        (Instant) r[3]))
                .toList();
        return new RightsHistory(incident.getId(), incident.getCaseCode(), incident.getVersion(),
                incident.isConsentToReferral(), incident.isConsentToStatistics(), incident.isConsentToShareContact(),
                incident.isAnonymised(), withdrawals, corrections);
    }

    /**
     * Withdraws a consent at the request of the survivor or guardian. Consent to referral: every
     * open referral of the case is withdrawn and its service told. Consent to statistics: the case
     * leaves the anonymous statistics at once (they count consenting cases only). Consent to share
     * contact details: services no longer see them.
     *
     * @return how many referrals were withdrawn
     */
    public int withdrawConsent(long incidentId, ConsentKind kind, ConsentGiver requestedBy) {
        Caller caller = callers.get();
        IncidentService.requireFollowUp(caller);
        if (kind == null || requestedBy == null) {
            throw new UserFacingException("rights.error.withdrawalIncomplete");
        }
        Incident incident = incidents.visible(caller, incidentId);
        CaseFollowUpRow.lock(em, incident);
        Instant now = Instant.now(clock);
        List<MonthCount> counted = MonthCount.of(incident);
        if (!incident.withdrawConsent(kind, now)) {
            throw new UserFacingException("rights.error.noConsent");
        }
        monthlyCounts.changed(counted, incident);
        em.persist(new ConsentWithdrawal(incident.getId(), kind, requestedBy, caller.username(), now));
        audit.record(caller, AuditAction.CONSENT_WITHDRAWN, incident, kind + " withdrawn at the request of " + requestedBy);
        int withdrawn = 0;
        if (kind == ConsentKind.REFERRAL) {
            // A locking read: it sees the referrals committed while this withdrawal waited for the case's lock,
            // which the transaction's earlier snapshot would miss.
            List<Referral> open = em.createQuery("SELECT r FROM Referral r WHERE r.incident = :i", Referral.class)
                    .setParameter("i", incident).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
            for (Referral referral : open) {
                if (!referral.getStatus().isOpen()) {
                    continue;
                }
                ReferralStatus from = referral.getStatus();
                referral.withdraw(now);
                monthlyCounts.moved(referral, from);
                tellService(referral, incident.getCaseCode(), now);
                audit.record(caller, AuditAction.REFERRAL_WITHDRAWN, "Referral", referral.getId(),
                        incident.getCaseCode(), "consent to referral withdrawn; organisation "
                                + referral.getServiceOrganisation().getId() + " told");
                withdrawn++;
            }
            if (withdrawn > 0) {
                em.flush();
                CaseFollowUpRow.keepReferralWaiting(em, incidentId);
            }
        }
        return withdrawn;
    }

    private void tellService(Referral referral, String caseCode, Instant now) {
        List<UserAccount> staff = em.createQuery("SELECT a FROM UserAccount a WHERE a.role = :r "
                        + "AND a.serviceOrganisation = :o AND a.enabled = TRUE", UserAccount.class)
                .setParameter("r", Role.SUPPORT_SERVICE)
                .setParameter("o", referral.getServiceOrganisation())
                .getResultList();
        for (UserAccount account : staff) {
            em.persist(Notification.referralWithdrawn(account.getId(), caseCode, now));
        }
    }

    /** Corrects an identity field at the request of the survivor or guardian; the old value is kept as history. */
    public void correctIdentity(long incidentId, IdentityField field, String value, ConsentGiver requestedBy) {
        Caller caller = callers.get();
        IncidentService.requireFollowUp(caller);
        if (field == null || requestedBy == null) {
            throw new UserFacingException("rights.error.correctionIncomplete");
        }
        Incident incident = incidents.visible(caller, incidentId);
        em.lock(incident, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now(clock);
        var names = confidentiality.nameIndex();
        String old = incident.correctIdentity(field, value, field == IdentityField.FULL_NAME
                ? names.fullNameHash(value) : null, now);
        if (field == IdentityField.FULL_NAME) {
            em.createQuery("DELETE FROM SurvivorNameWord w WHERE w.incidentId = :i")
                    .setParameter("i", incident.getId()).executeUpdate();
            SurvivorNameWord.of(incident, names.wordHashes(value)).forEach(em::persist);
        }
        em.persist(new IdentityCorrection(incident.getId(), field, old, requestedBy, caller.username(), now));
        audit.record(caller, AuditAction.IDENTITY_CORRECTED, incident, field + " corrected at the request of "
                + requestedBy);
    }
}
