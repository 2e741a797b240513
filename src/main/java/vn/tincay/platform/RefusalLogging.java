package vn.tincay.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * A call refused for its role is a refusal, not a failure: the API and the error pages log it as one
 * line (who asked for what). The EJB container would also log it as a warning with a full stack
 * trace; this filter on the container's logger leaves out exactly those records, and only them.
 */
@Singleton
@Startup
public class RefusalLogging {

    static final String EJB_CONTAINER_LOGGER = "jakarta.enterprise.ejb.container";

    private Logger containerLogger;
    private Filter previous;

    @PostConstruct
    void install() {
        containerLogger = Logger.getLogger(EJB_CONTAINER_LOGGER);
        previous = containerLogger.getFilter();
        Filter before = previous;
        containerLogger.setFilter(record -> !isAccessRefusal(record.getThrown())
                && (before == null || before.isLoggable(record)));
    }

    @PreDestroy
    void uninstall() {
        containerLogger.setFilter(previous);
    }

    static boolean isAccessRefusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EJBAccessException || t instanceof jakarta.ejb.AccessLocalException) {
                return true;
            }
        }
        return false;
    }
}
