package vn.tincay.it;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authenticator codes for test sign-ins, made from an account's secret with the same TOTP library
 * the application uses. The application accepts each time step of an account once (and one step
 * either side of the current one), so this keeps, per application and account, the last step it
 * used and hands out the next free one. When all three are taken, a test on an application with a
 * MariaDB database of its own sets the account's last used step back in that database (only if it
 * still holds the step handed out last: that sign-in has landed); anywhere else it waits for the
 * clock, up to half a minute. The replay guard itself is tested with codes the tests type themselves
 * ({@code TwoFactorSignInIT}), never through this.
 */
public final class SecondFactor {

    public static final int PERIOD_SECONDS = 30;

    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();
    /** The applications of this test JVM with a database of their own, by base URL. */
    private static final Map<String, RunningApp> APPS = new ConcurrentHashMap<>();
    /** How long a sign-in that used the last step handed out may take to land before waiting instead. */
    private static final long LANDING_MILLIS = 3_000;

    private SecondFactor() {
    }

    /** The secret of an account: a demo account's published one, or one registered by a test. */
    public static Optional<String> secretOf(String username) {
        String registered = SECRETS.get(username);
        if (registered != null) {
            return Optional.of(registered);
        }
        for (DemoAccount account : DemoAccount.values()) {
            if (account.username().equals(username)) {
                return Optional.ofNullable(account.totpSecret());
            }
        }
        return Optional.empty();
    }

    /** Remembers the secret of an account a test set up (or copied from a demo account). */
    public static void register(String username, String secret) {
        SECRETS.put(username, secret);
    }

    /** The code of a time step. */
    public static String codeAt(String secret, long step) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalArgumentException("Not a usable TOTP secret", e);
        }
    }

    /** The current time step. */
    public static long currentStep() {
        return Math.floorDiv(System.currentTimeMillis() / 1000, PERIOD_SECONDS);
    }

    /**
     * A code the application has not seen yet for this account, within the window it accepts;
     * waits for the next time step when the window is used up.
     */
    public static String nextCode(RunningApp app, String username, String secret) {
        return nextCode(app.baseUrl().toString(), username, secret);
    }

    /** As {@link #nextCode(RunningApp, String, String)} for an application known by its base URL. */
    public static String nextCode(String baseUrl, String username, String secret) {
        String key = baseUrl + " " + username;
        synchronized (SecondFactor.class) {
            while (true) {
                long now = System.currentTimeMillis();
                long current = Math.floorDiv(now / 1000, PERIOD_SECONDS);
                long secondsIn = (now / 1000) % PERIOD_SECONDS;
                long last = LAST_STEP.getOrDefault(key, Long.MIN_VALUE);
                // The previous step only while it surely stays inside the window until the request arrives.
                long first = secondsIn < 20 ? current - 1 : current;
                for (long step = first; step <= current + 1; step++) {
                    if (step > last) {
                        LAST_STEP.put(key, step);
                        return codeAt(secret, step);
                    }
                }
                if (setBack(APPS.get(baseUrl), username, last, first - 1)) {
                    LAST_STEP.put(key, first);
                    return codeAt(secret, first);
                }
                sleepUntilNextStep(now);
            }
        }
    }

    /** Makes the application's MariaDB database known, so an account's used steps can be set back there. */
    static void serve(RunningApp app) {
        if (app.databaseName() != null) {
            APPS.put(app.baseUrl().toString(), app);
        }
    }

    static void forget(RunningApp app) {
        APPS.remove(app.baseUrl().toString());
    }

    /**
     * Sets the account's last used step from {@code last} back to {@code earlier} in the application's
     * database, once the sign-in that used {@code last} has landed; false when that cannot be done.
     */
    private static boolean setBack(RunningApp app, String username, long last, long earlier) {
        if (app == null) {
            return false;
        }
        long until = System.currentTimeMillis() + LANDING_MILLIS;
        try (Connection db = app.connect(); PreparedStatement update = db.prepareStatement(
                "UPDATE user_account SET totp_last_step = ? WHERE username = ? AND totp_last_step = ?")) {
            update.setLong(1, earlier);
            update.setString(2, username);
            update.setLong(3, last);
            while (update.executeUpdate() == 0) {
                if (System.currentTimeMillis() > until) {
                    return false;
                }
                Thread.sleep(50);
            }
            return true;
        } catch (SQLException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while setting back a used TOTP step", e);
        }
    }

    /** Marks every step up to the given one as used for the account (after a test typed a code itself). */
    public static void used(RunningApp app, String username, long step) {
        LAST_STEP.merge(app.baseUrl().toString() + " " + username, step, Math::max);
    }

    private static void sleepUntilNextStep(long now) {
        long wait = PERIOD_SECONDS * 1000L - (now % (PERIOD_SECONDS * 1000L)) + 200;
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the next TOTP step", e);
        }
    }
}
