package vn.tincay.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import vn.tincay.platform.DatabaseFailure;
import jakarta.inject.Named;
import vn.tincay.notification.NotificationService;
import vn.tincay.security.Role;

/**
 * The unread count in the page header, for district coordinators. Hidden where the request carries no
 * authenticated coordinator (error pages are rendered without the caller's identity), so the
 * header never breaks a page.
 */
@Named
@RequestScoped
public class NotificationBellBacking {

    @EJB
    private NotificationService notifications;

    @Inject
    private ExternalContext externalContext;

    private boolean shown;
    private long unread;

    @PostConstruct
    void load() {
        // Not on error pages: the page for an unreachable database must not need the database.
        shown = externalContext.getUserPrincipal() != null
                && externalContext.isUserInRole(Role.DISTRICT_COORDINATOR_NAME)
                && !externalContext.getRequestMap().containsKey(RequestDispatcher.ERROR_STATUS_CODE);
        try {
            unread = shown ? notifications.unreadCount() : 0;
        } catch (RuntimeException e) {
            // The header never breaks a page: without the database (a form kept after a failed save)
            // the bell shows no count rather than the page failing.
            if (DatabaseFailure.of(e).isEmpty()) {
                throw e;
            }
            shown = false;
        }
    }

    public boolean isShown() {
        return shown;
    }

    public long getUnread() {
        return unread;
    }
}
