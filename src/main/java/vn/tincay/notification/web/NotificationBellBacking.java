package vn.tincay.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.util.Messages;
import vn.tincay.incident.CaseDashboard;
import vn.tincay.notification.NotificationService;
import vn.tincay.security.Role;

/**
 * The bell in the page header, for district coordinators: how many cases of the district need action (each
 * once, whatever it needs), and whether unread notifications are among them. Pages render it; the bell's
 * script asks {@link BellServlet} for the same numbers every half minute. Hidden where the request carries
 * no authenticated coordinator (error pages are rendered without the caller's identity), so the header
 * never breaks a page.
 */
@Named
@RequestScoped
public class NotificationBellBacking {

    /** Bundle key of the bell's label; the bell's script fills in the numbers it fetches. */
    public static final String LABEL = "notification.bell.label";

    @EJB
    private NotificationService notifications;

    @EJB
    private CaseDashboard dashboard;

    @Inject
    private HttpServletRequest request;

    private boolean shown;
    private long unread;
    private long needsAction;

    @PostConstruct
    void load() {
        shown = request.getUserPrincipal() != null && request.isUserInRole(Role.DISTRICT_COORDINATOR_NAME);
        if (shown) {
            unread = notifications.unreadCount();
            needsAction = dashboard.countNeedingAction();
        }
    }

    public boolean isShown() {
        return shown;
    }

    public long getUnread() {
        return unread;
    }

    public long getNeedsAction() {
        return needsAction;
    }

    /** What the bell says to a screen reader and in its tooltip, in the page's language. */
    public String getLabel() {
        return Messages.create(LABEL, needsAction, unread).get().getSummary();
    }
}
