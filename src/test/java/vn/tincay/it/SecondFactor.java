package vn.tincay.it;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authenticator codes for test sign-ins, made from an account's secret with the same TOTP library
 * the application uses. The application accepts each time step of an account once (and one step
 * either side of the current one), so this keeps, per application and account, the last step it
 * used and hands out the next free one, waiting for the clock when all three are taken.
 */
public final class SecondFactor {

    public static final int PERIOD_SECONDS = 30;

    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

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
                sleepUntilNextStep(now);
            }
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
