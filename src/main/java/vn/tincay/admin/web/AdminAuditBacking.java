package vn.tincay.admin.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.tincay.admin.AdministrationService;
import vn.tincay.admin.AuditSearch;
import vn.tincay.audit.AuditAction;
import vn.tincay.audit.AuditEvent;
import vn.tincay.audit.AuditVerification;

/** /admin/audit.xhtml?user=&amp;action=: the audit events about accounts and organisations, and the chain check. */
@Named
@ViewScoped
public class AdminAuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AdministrationService administration;

    @Inject
    @Param(name = "user")
    private String username;

    @Inject
    @Param(name = "action")
    private AuditAction action;

    private LazyRows<AuditEvent> events;

    @PostConstruct
    void load() {
        AuditSearch search = new AuditSearch(getActions().contains(action) ? action : null, username);
        events = new LazyRows<>(() -> administration.countAuditEvents(search),
                (first, max, sorting) -> administration.findAuditEvents(search, first, max));
    }

    public void search() {
        Faces.redirect("admin/audit.xhtml?user=%s&action=%s", Filters.value(username), Filters.value(action));
    }

    /** Walks the whole chain; the check itself is recorded, so the page reloads to show it. */
    public void verify() {
        AuditVerification result = administration.verifyAuditChain();
        if (result.intact()) {
            Messages.addFlashGlobalInfo("admin.audit.intact", result.rowsChecked());
        } else {
            // One message per reason: "missing", "previous-hash", "content", "missing-tail".
            Messages.addFlashGlobalError("admin.audit.broken." + result.reason(), result.brokenAtId());
        }
        Faces.redirect("admin/audit.xhtml");
    }

    public Set<AuditAction> getActions() {
        return AdministrationService.VISIBLE_AUDIT_ACTIONS;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public LazyRows<AuditEvent> getEvents() {
        return events;
    }
}
