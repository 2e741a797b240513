package vn.tincay.admin.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Set;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.tincay.admin.AdministrationService;
import vn.tincay.admin.AuditSearch;
import vn.tincay.audit.AuditAction;
import vn.tincay.audit.AuditEvent;
import vn.tincay.audit.AuditVerification;

/**
 * /admin/audit.xhtml?user=&amp;action=&amp;case=&amp;from=&amp;to=: every kind of audit event, filtered
 * by actor, action, case code and period – so the administrator can answer "who looked at this
 * survivor's identity, and why" – and the chain check. No case content is shown: the log holds none.
 */
@Named
@ViewScoped
public class AdminAuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    /** Target types with a label; others are shown as stored. */
    private static final Set<String> LABELLED_TARGETS = Set.of("UserAccount", "School", "ServiceOrganisation",
            "Incident", "Attachment", "Referral", "CoordinationEntry", "Breach", "Report");

    @EJB
    private AdministrationService administration;

    @Inject
    @Param(name = "user")
    private String username;

    @Inject
    @Param(name = "action")
    private AuditAction action;

    @Inject
    @Param(name = "case")
    private String caseCode;

    @Inject
    @Param(name = "from")
    private String from;

    @Inject
    @Param(name = "to")
    private String to;

    private LazyRows<AuditEvent> events;

    @PostConstruct
    void load() {
        AuditSearch search = new AuditSearch(action, username, caseCode, date(from), date(to));
        events = new LazyRows<>(() -> administration.countAuditEvents(search),
                (first, max, sorting) -> administration.findAuditEvents(search, first, max));
    }

    public void search() {
        if ((notBlank(from) && date(from) == null) || (notBlank(to) && date(to) == null)) {
            Messages.addGlobalError("admin.audit.error.date");
            return;
        }
        Faces.redirect("admin/audit.xhtml?user=%s&action=%s&case=%s&from=%s&to=%s", Filters.value(username),
                Filters.value(action), Filters.value(caseCode), Filters.value(from), Filters.value(to));
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

    /** A reveal's purpose ("purpose: FOLLOW_UP") as a bundle key; null for any other detail. */
    public String purposeKey(AuditEvent event) {
        String detail = event.getDetail();
        return detail != null && detail.matches("purpose: [A-Z_]+") && !detail.endsWith("not stated")
                ? "RevealPurpose." + detail.substring("purpose: ".length()) : null;
    }

    /**
     * The detail as shown: rows written before the free text of cases was kept out of the log may
     * still carry a referral's reason after "; reason: " – that part is never shown.
     */
    public String detail(AuditEvent event) {
        String detail = event.getDetail();
        int reason = detail == null ? -1 : detail.indexOf("; reason: ");
        return reason < 0 ? detail : detail.substring(0, reason);
    }

    public String targetLabel(AuditEvent event) {
        return LABELLED_TARGETS.contains(event.getTargetType()) ? "admin.audit.target." + event.getTargetType() : null;
    }

    private static LocalDate date(String typed) {
        if (!notBlank(typed)) {
            return null;
        }
        try {
            return LocalDate.parse(typed.trim(), TYPED);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    public List<AuditAction> getActions() {
        return List.of(AuditAction.values());
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

    public String getCaseCode() {
        return caseCode;
    }

    public void setCaseCode(String caseCode) {
        this.caseCode = caseCode;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public LazyRows<AuditEvent> getEvents() {
        return events;
    }
}
