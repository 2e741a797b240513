package vn.tincay.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.tincay.notification.NotificationService;

/** The unread count in the page header (shown to district coordinators only). */
@Named
@RequestScoped
public class NotificationBellBacking {

    @EJB
    private NotificationService notifications;

    private long unread;

    @PostConstruct
    void load() {
        unread = notifications.unreadCount();
    }

    public long getUnread() {
        return unread;
    }
}
