package vn.tincay.incident.it;

import java.util.EnumMap;
import java.util.Map;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.WebClient;

/**
 * Signed-in HTTP clients of the demo accounts, one per account for the whole test JVM: signing in
 * costs a deliberately slow password hash, and the issue-3 tests sign in as every role. A test
 * that needs a session of its own (two sessions of one user) calls {@link #fresh}.
 */
public final class Sessions {

    private static final Map<DemoAccount, WebClient> SIGNED_IN = new EnumMap<>(DemoAccount.class);

    private Sessions() {
    }

    public static synchronized WebClient of(RunningApp app, DemoAccount account) {
        return SIGNED_IN.computeIfAbsent(account, a -> fresh(app, a));
    }

    /** A new session of the account, not shared with anyone. */
    public static WebClient fresh(RunningApp app, DemoAccount account) {
        return new WebClient(app).signedIn(account.username(), DemoAccount.PASSWORD);
    }
}
