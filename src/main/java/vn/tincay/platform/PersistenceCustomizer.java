package vn.tincay.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink settings that persistence.xml has no property for. EclipseLink by default retries a
 * query whose connection failed three times, five seconds apart: with the database down a page
 * would hang for ten seconds or more before saying anything. The pool already hands out only
 * checked connections; failures go straight to the application, which tells the user at once and
 * keeps what she typed (see {@link DatabaseFailure}).
 */
public class PersistenceCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
