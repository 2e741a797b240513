package vn.tincay.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import vn.tincay.account.UserAccount;
import vn.tincay.audit.AuditAction;
import vn.tincay.audit.AuditEntry;
import vn.tincay.audit.AuditLog;

/**
 * Checks a username and password, applies the lockout rule and audits every attempt. Every
 * refusal looks the same to the caller, whether the user exists, is disabled, locked or mistyped.
 */
@Stateless
@PermitAll
public class SignInService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private RequestOrigin origin;

    @EJB
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /**
     * Returns the account's role when the credentials are good and the account may sign in. The slow
     * password check runs without any lock; only the update of the account's sign-in counters locks
     * its row, briefly, so the same account signing in from several places at once takes turns there
     * instead of colliding, and every simultaneous failure still counts towards the lockout.
     */
    public Optional<Role> verify(String username, String password) {
        String name = normalise(username);
        Instant now = Instant.now(clock);
        UserAccount account = name.isEmpty() ? null : find(name);
        if (account == null) {
            passwords.verifyDecoy(password);
            record(name, null, AuditAction.SIGN_IN_FAILED, "unknown-user");
            return Optional.empty();
        }
        String role = account.getRole().name();
        if (!account.isEnabled()) {
            passwords.verifyDecoy(password);
            record(name, role, AuditAction.SIGN_IN_FAILED, "disabled");
            return Optional.empty();
        }
        if (account.isLocked(now)) {
            passwords.verifyDecoy(password);
            record(name, role, AuditAction.SIGN_IN_FAILED, "locked");
            return Optional.empty();
        }
        boolean passwordMatches = passwords.verify(password, account.getPasswordHash());
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        if (!passwordMatches) {
            boolean lockedNow = account.recordFailedSignIn(now);
            record(name, role, AuditAction.SIGN_IN_FAILED, "wrong-password");
            if (lockedNow) {
                record(name, role, AuditAction.ACCOUNT_LOCKED, "until " + account.getLockedUntil());
            }
            return Optional.empty();
        }
        if (!account.isEnabled() || account.isLocked(now)) {
            // Disabled or locked by another attempt while the password was being checked.
            record(name, role, AuditAction.SIGN_IN_FAILED, account.isEnabled() ? "locked" : "disabled");
            return Optional.empty();
        }
        account.recordSuccessfulSignIn(now);
        record(name, role, AuditAction.SIGN_IN, null);
        return Optional.of(account.getRole());
    }

    public void recordSignOut(String username, String role) {
        record(username, role, AuditAction.SIGN_OUT, null);
    }

    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private UserAccount find(String username) {
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u", UserAccount.class)
                .setParameter("u", username)
                .getResultStream().findFirst().orElse(null);
    }

    private void record(String username, String role, AuditAction action, String detail) {
        audit.append(AuditEntry.of(username.isEmpty() ? "-" : username, role, action)
                .target("UserAccount", username.isEmpty() ? null : username)
                .ip(origin.ip())
                .detail(detail));
    }
}
