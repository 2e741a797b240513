package vn.tincay.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import vn.tincay.account.UserAccount;
import vn.tincay.audit.AuditAction;
import vn.tincay.audit.AuditEntry;
import vn.tincay.audit.AuditLog;
import vn.tincay.platform.DatabaseFailure;
import vn.tincay.security.twofactor.RecoveryCode;
import vn.tincay.security.twofactor.TotpCodes;

/**
 * Sign-in in one or two steps: the password, then – for accounts with a second factor – a code
 * from the authenticator app or a one-time recovery code. Applies the lockout rule to wrong
 * passwords and wrong codes alike and audits every attempt. Every refusal of a password looks the
 * same to the caller, whether the user exists, is disabled, locked or mistyped.
 */
@Stateless
@PermitAll
public class SignInService {

    /** What the password step decided. */
    public enum Outcome {
        REFUSED, SIGNED_IN, CODE_NEEDED
    }

    /** The password step's answer: with a ticket unless refused. */
    public record PasswordCheck(Outcome outcome, String ticket) {
    }

    /** What the code step decided: signed in, a wrong code (try again), or start over. */
    public enum CodeCheck {
        SIGNED_IN, WRONG_CODE, START_AGAIN
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private RequestOrigin origin;

    @Inject
    private SignInTickets tickets;

    @EJB
    private AuditLog audit;

    private static final int REDEEM_ATTEMPTS = 4;

    private final TotpCodes totp = new TotpCodes();
    private final Clock clock = Clock.systemUTC();

    /**
     * The first step. An account with a second factor gets a ticket that still needs its code. The slow
     * password check runs without any lock; only the update of the account's sign-in counters locks its
     * row, briefly, so the same account signing in from several places at once takes turns there instead
     * of colliding, and every simultaneous failure still counts towards the lockout.
     */
    public PasswordCheck checkPassword(String username, String password) {
        String name = normalise(username);
        Instant now = Instant.now(clock);
        UserAccount account = name.isEmpty() ? null : find(name, false);
        if (account == null) {
            passwords.verifyDecoy(password);
            record(name, null, AuditAction.SIGN_IN_FAILED, "unknown-user");
            return refused();
        }
        String role = account.getRole().name();
        if (!account.isEnabled()) {
            passwords.verifyDecoy(password);
            record(name, role, AuditAction.SIGN_IN_FAILED, "disabled");
            return refused();
        }
        if (account.isLocked(now)) {
            passwords.verifyDecoy(password);
            record(name, role, AuditAction.SIGN_IN_FAILED, "locked");
            return refused();
        }
        boolean passwordMatches = passwords.verify(password, account.getPasswordHash());
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        if (!passwordMatches) {
            failed(account, now, "wrong-password");
            return refused();
        }
        if (!account.isEnabled() || account.isLocked(now)) {
            // Disabled or locked by another attempt while the password was being checked.
            record(name, role, AuditAction.SIGN_IN_FAILED, account.isEnabled() ? "locked" : "disabled");
            return refused();
        }
        if (account.hasSecondFactor()) {
            // The failure count is reset only when the code is right too: a stolen password
            // does not buy unlimited guesses at the code.
            return new PasswordCheck(Outcome.CODE_NEEDED, tickets.issue(name, account.getRole(), false, now));
        }
        account.recordSuccessfulSignIn(now);
        record(name, role, AuditAction.SIGN_IN, account.mustEnrolSecondFactor() ? "second factor to set up" : null);
        return new PasswordCheck(Outcome.SIGNED_IN, tickets.issue(name, account.getRole(), true, now));
    }

    /**
     * The second step: a code of the authenticator app (each time step accepted once) or an unused
     * recovery code. A wrong code counts towards the lockout like a wrong password.
     */
    public CodeCheck checkCode(String ticketId, String code) {
        Instant now = Instant.now(clock);
        Optional<SignInTickets.Ticket> ticket = tickets.find(ticketId, now).filter(t -> !t.complete());
        if (ticket.isEmpty()) {
            return CodeCheck.START_AGAIN;
        }
        // Locked, so that two requests with the same code cannot both pass.
        UserAccount account = find(ticket.get().username(), true);
        if (account == null || !account.isEnabled() || account.isLocked(now) || !account.hasSecondFactor()) {
            tickets.drop(ticketId);
            return CodeCheck.START_AGAIN;
        }
        String how = accept(account, code, now);
        if (how == null) {
            boolean locked = failed(account, now, "wrong-code");
            if (locked) {
                tickets.drop(ticketId);
                return CodeCheck.START_AGAIN;
            }
            return CodeCheck.WRONG_CODE;
        }
        account.recordSuccessfulSignIn(now);
        record(account.getUsername(), account.getRole().name(), AuditAction.SIGN_IN, "second factor: " + how);
        tickets.complete(ticketId);
        return CodeCheck.SIGNED_IN;
    }

    /** @return "app" or "recovery code" when the code is good, else null */
    private String accept(UserAccount account, String code, Instant now) {
        if (TotpCodes.looksLikeCode(code)) {
            OptionalLong step = totp.matchingStep(account.getTotpSecret(), code, now);
            return step.isPresent() && account.useTimeStep(step.getAsLong()) ? "app" : null;
        }
        if (RecoveryCode.looksLikeRecoveryCode(code)) {
            List<RecoveryCode> unused = em.createQuery("SELECT r FROM RecoveryCode r WHERE r.accountId = :a "
                    + "AND r.usedAt IS NULL", RecoveryCode.class).setParameter("a", account.getId()).getResultList();
            for (RecoveryCode candidate : unused) {
                if (candidate.matches(code)) {
                    candidate.use(now);
                    record(account.getUsername(), account.getRole().name(), AuditAction.RECOVERY_CODE_USED,
                            (unused.size() - 1) + " left");
                    return "recovery code";
                }
            }
        }
        return null;
    }

    /** For the identity store: the user and role of a completed ticket, once. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<SignInTickets.Ticket> redeem(String ticketId) {
        // The container's sign-in swallows exceptions into a refusal, so a lost lock conflict is retried here,
        // each attempt in a transaction of its own.
        for (int attempt = 1; ; attempt++) {
            try {
                return tickets.redeem(ticketId, Instant.now(clock));
            } catch (RuntimeException e) {
                if (attempt >= REDEEM_ATTEMPTS || !DatabaseFailure.isConflict(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(10L * attempt + ThreadLocalRandom.current().nextLong(20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while signing in", e);
        }
    }

    public void recordSignOut(String username, String role) {
        record(username, role, AuditAction.SIGN_OUT, null);
    }

    public static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static PasswordCheck refused() {
        return new PasswordCheck(Outcome.REFUSED, null);
    }

    /** Counts a failure and audits it (and the lock it may cause); returns true when it locked the account. */
    private boolean failed(UserAccount account, Instant now, String why) {
        boolean lockedNow = account.recordFailedSignIn(now);
        String role = account.getRole().name();
        record(account.getUsername(), role, AuditAction.SIGN_IN_FAILED, why);
        if (lockedNow) {
            record(account.getUsername(), role, AuditAction.ACCOUNT_LOCKED, "until " + account.getLockedUntil());
        }
        return lockedNow;
    }

    private UserAccount find(String username, boolean lock) {
        var query = em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u", UserAccount.class)
                .setParameter("u", username);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst().orElse(null);
    }

    private void record(String username, String role, AuditAction action, String detail) {
        audit.append(AuditEntry.of(username.isEmpty() ? "-" : username, role, action)
                .target("UserAccount", username.isEmpty() ? null : username)
                .ip(origin.ip())
                .detail(detail));
    }
}
