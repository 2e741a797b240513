package vn.tincay.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.util.Messages;
import vn.tincay.incident.CaseCount;
import vn.tincay.incident.CaseDashboard;
import vn.tincay.notification.NotificationService;
import vn.tincay.platform.DatabaseFailure;
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
    private CaseCount needsAction = new CaseCount(0, true);

    @PostConstruct
    void load() {
        // Not on error pages: the page for an unreachable database must not need the database.
        shown = request.getUserPrincipal() != null && request.isUserInRole(Role.DISTRICT_COORDINATOR_NAME)
                && request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null;
        if (shown && !partialOfPart()) {
            try {
                unread = notifications.unreadCount();
                needsAction = dashboard.countNeedingAction();
            } catch (RuntimeException e) {
                // The header never breaks a page: without the database (a form kept after a failed
                // save) the bell shows no count rather than the page failing.
                if (DatabaseFailure.of(e).isEmpty()) {
                    throw e;
                }
                shown = false;
            }
        }
    }

    /**
     * Whether this is a Faces AJAX request that renders only part of the page – a table's next page, say – which
     * never includes the header: the bell keeps the numbers the page was rendered with (its script refreshes them),
     * and the request does not count them again (11 ms of the table's next page at 1,000,000 cases).
     */
    private static boolean partialOfPart() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getPartialViewContext().isPartialRequest()
                && !faces.getPartialViewContext().isRenderAll();
    }

    public boolean isShown() {
        return shown;
    }

    public long getUnread() {
        return unread;
    }

    /** How many cases need action, at most {@link CaseDashboard#COUNT_LIMIT} ({@link #isNeedsActionMore}). */
    public long getNeedsAction() {
        return needsAction.count();
    }

    /** More cases need action than {@link #getNeedsAction} says: counting stopped there. */
    public boolean isNeedsActionMore() {
        return !needsAction.exact();
    }

    /** The number the bell shows: "999+" where counting stopped. */
    public String getNeedsActionText() {
        return needsAction.getShown();
    }

    /** What the bell says to a screen reader and in its tooltip, in the page's language. */
    public String getLabel() {
        return Messages.create(LABEL, getNeedsActionText(), unread).get().getSummary();
    }
}
