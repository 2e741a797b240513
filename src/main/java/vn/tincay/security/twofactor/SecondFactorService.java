package vn.tincay.security.twofactor;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import vn.tincay.account.UserAccount;
import vn.tincay.audit.AuditAction;
import vn.tincay.audit.AuditEntry;
import vn.tincay.audit.AuditLog;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.RequestOrigin;

/**
 * The signed-in person's own second factor: set it up (secret shown as a QR code and as text, the
 * first code proves the app has it), renew the recovery codes, or – where the role allows – turn
 * it off. Resetting another person's second factor is the administrator's
 * ({@code AdministrationService}).
 */
@Stateless
@PermitAll
public class SecondFactorService {

    public static final int RECOVERY_CODES = 10;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private RequestOrigin origin;

    @EJB
    private AuditLog audit;

    private final TotpCodes totp = new TotpCodes();
    private final Clock clock = Clock.systemUTC();

    public SecondFactorStatus status() {
        UserAccount account = caller(false);
        long left = em.createQuery("SELECT COUNT(r) FROM RecoveryCode r WHERE r.accountId = :a AND r.usedAt IS NULL",
                Long.class).setParameter("a", account.getId()).getSingleResult();
        return new SecondFactorStatus(account.hasSecondFactor(), account.getTotpEnrolledAt(),
                account.getRole().requiresSecondFactor(), account.hasSecondFactor() ? left : 0);
    }

    /** A fresh secret for the set-up page; nothing is stored until a code from it is confirmed. */
    public String newSecret() {
        return totp.newSecret();
    }

    public String qrCode(String secret) {
        return totp.qrCodeDataUri(secret, caller(false).getUsername());
    }

    /**
     * Sets the second factor up with a secret the caller's app now holds, proven by one of its codes.
     *
     * @return the new one-time recovery codes, to be shown once
     */
    public List<String> enrol(String secret, String code) {
        UserAccount account = caller(true);
        if (account.hasSecondFactor()) {
            throw new UserFacingException("twoFactor.error.alreadyEnrolled");
        }
        Instant now = Instant.now(clock);
        OptionalLong step = totp.matchingStep(secret, code, now);
        if (step.isEmpty()) {
            throw new UserFacingException("twoFactor.error.wrongCode");
        }
        account.enrolSecondFactor(secret, step.getAsLong(), now);
        record(account, AuditAction.SECOND_FACTOR_ENROLLED, null);
        return newRecoveryCodes(account, now);
    }

    /** New recovery codes (the old ones stop working), against a current code of the app. */
    public List<String> renewRecoveryCodes(String code) {
        UserAccount account = caller(true);
        Instant now = Instant.now(clock);
        requireCurrentCode(account, code, now);
        record(account, AuditAction.RECOVERY_CODES_RENEWED, null);
        return newRecoveryCodes(account, now);
    }

    /** Turns the second factor off, for roles where it is optional, against a current code. */
    public void disable(String code) {
        UserAccount account = caller(true);
        if (account.getRole().requiresSecondFactor()) {
            throw new UserFacingException("twoFactor.error.required");
        }
        Instant now = Instant.now(clock);
        requireCurrentCode(account, code, now);
        account.removeSecondFactor(now);
        deleteRecoveryCodes(em, account.getId());
        record(account, AuditAction.SECOND_FACTOR_DISABLED, null);
    }

    /** Removes an account's recovery codes (before new ones, or when its second factor is removed). */
    public static void deleteRecoveryCodes(EntityManager em, long accountId) {
        em.createQuery("DELETE FROM RecoveryCode r WHERE r.accountId = :a").setParameter("a", accountId)
                .executeUpdate();
    }

    private void requireCurrentCode(UserAccount account, String code, Instant now) {
        if (!account.hasSecondFactor()) {
            throw new UserFacingException("twoFactor.error.notEnrolled");
        }
        OptionalLong step = totp.matchingStep(account.getTotpSecret(), code, now);
        if (step.isEmpty() || !account.useTimeStep(step.getAsLong())) {
            throw new UserFacingException("twoFactor.error.wrongCode");
        }
    }

    private List<String> newRecoveryCodes(UserAccount account, Instant now) {
        deleteRecoveryCodes(em, account.getId());
        List<String> codes = Arrays.asList(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        for (String code : codes) {
            em.persist(new RecoveryCode(account.getId(), code, now));
        }
        return codes;
    }

    private UserAccount caller(boolean lock) {
        String name = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
        var query = em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u AND a.enabled = TRUE",
                UserAccount.class).setParameter("u", name == null ? "" : name);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst().orElseThrow(() -> new UserFacingException("error.notSignedIn"));
    }

    private void record(UserAccount account, AuditAction action, String detail) {
        audit.append(AuditEntry.of(account.getUsername(), account.getRole().name(), action)
                .target("UserAccount", account.getUsername()).ip(origin.ip()).detail(detail));
    }
}
