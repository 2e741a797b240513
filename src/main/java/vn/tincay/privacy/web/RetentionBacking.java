package vn.tincay.privacy.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;
import vn.tincay.privacy.RetentionRow;
import vn.tincay.privacy.RetentionService;

/** /district/retention.xhtml: closed cases due for anonymisation, and holds with their reasons. */
@Named
@ViewScoped
public class RetentionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RetentionService retention;

    private List<RetentionRow> rows = List.of();
    private String reason;

    @PostConstruct
    void load() {
        rows = retention.dueOrHeld();
    }

    public void hold(RetentionRow row) {
        try {
            retention.hold(row.incidentId(), reason);
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return;
        } catch (RecordNotFoundException e) {
            Messages.addGlobalError("error.notFound");
            return;
        }
        Messages.addFlashGlobalInfo("retention.heldDone", row.caseCode());
        Faces.redirect("district/retention.xhtml");
    }

    public void release(RetentionRow row) {
        retention.release(row.incidentId());
        Messages.addFlashGlobalInfo("retention.releasedDone", row.caseCode());
        Faces.redirect("district/retention.xhtml");
    }

    public void runNow() {
        int done = retention.anonymiseDueInDistrict();
        Messages.addFlashGlobalInfo("retention.ranNow", done);
        Faces.redirect("district/retention.xhtml");
    }

    public List<RetentionRow> getRows() {
        return rows;
    }

    public int getYears() {
        return retention.getRetentionYears();
    }

    public int getNoticeDays() {
        return RetentionService.NOTICE_DAYS;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
