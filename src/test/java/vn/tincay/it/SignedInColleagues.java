package vn.tincay.it;

import java.util.List;

/**
 * Several people of a demo account's role and organisation, each with an account of its own and signed in
 * (three at a time: the password hash is slow on purpose), for tests of simultaneous work. Closing disables
 * the accounts, whose copies of the district's alerts other tests would count.
 */
public final class SignedInColleagues implements AutoCloseable {

    private final RunningApp app;
    private final List<String> usernames;
    private final List<WebClient> sessions;

    private SignedInColleagues(RunningApp app, List<String> usernames, List<WebClient> sessions) {
        this.app = app;
        this.usernames = usernames;
        this.sessions = sessions;
    }

    public static SignedInColleagues of(RunningApp app, DemoAccount account, int count) throws Exception {
        List<String> usernames = TestAccount.colleaguesOf(app, account, count);
        try {
            return new SignedInColleagues(app, usernames, Parallel.run(count, 3,
                    i -> new WebClient(app).signedIn(usernames.get(i), DemoAccount.PASSWORD)));
        } catch (Exception | AssertionError e) {
            usernames.forEach(username -> TestAccount.disable(app, username));
            throw e;
        }
    }

    public List<String> usernames() {
        return usernames;
    }

    public WebClient session(int index) {
        return sessions.get(index);
    }

    public int size() {
        return sessions.size();
    }

    @Override
    public void close() {
        usernames.forEach(username -> TestAccount.disable(app, username));
    }
}
