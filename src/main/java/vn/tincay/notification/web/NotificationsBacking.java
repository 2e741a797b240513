package vn.tincay.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import vn.tincay.notification.NotificationRow;
import vn.tincay.notification.NotificationService;

/** /district/notifications.xhtml: the coordinator's notifications, newest first. */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 100;

    @EJB
    private NotificationService notifications;

    @Inject
    private ExternalContext externalContext;

    private List<NotificationRow> rows;

    @PostConstruct
    void load() {
        rows = notifications.recent(SHOWN);
    }

    /** Marks the notification read and opens its case. */
    public void open(NotificationRow row) throws IOException {
        openCase(row, row.getIncidentId());
    }

    /** Marks the notification read and opens the second case it names (a possible duplicate). */
    public void openRelated(NotificationRow row) throws IOException {
        openCase(row, row.getRelatedIncidentId());
    }

    private void openCase(NotificationRow row, Long incidentId) throws IOException {
        notifications.markRead(row.getId());
        externalContext.redirect(externalContext.getRequestContextPath() + "/incident/view.xhtml?id=" + incidentId);
    }

    public String markRead(NotificationRow row) {
        notifications.markRead(row.getId());
        return "/district/notifications?faces-redirect=true";
    }

    public String markAllRead() {
        int count = notifications.markAllRead();
        Messages.addFlashGlobalInfo("notification.markedAllRead", count);
        return "/district/notifications?faces-redirect=true";
    }

    public List<NotificationRow> getRows() {
        return rows;
    }

    public boolean isAnyUnread() {
        return rows.stream().anyMatch(row -> !row.isRead());
    }
}
