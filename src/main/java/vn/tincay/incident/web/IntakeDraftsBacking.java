package vn.tincay.incident.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import vn.tincay.incident.DraftRetention;
import vn.tincay.incident.DraftSummary;
import vn.tincay.incident.IntakeDraftService;
import vn.tincay.platform.RecordNotFoundException;

/**
 * "Reports being written" on the school and district home pages: the caller's own drafts, each
 * continued at its saved step or deleted (after a second tap that confirms it).
 */
@Named
@ViewScoped
public class IntakeDraftsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private IntakeDraftService drafts;

    @EJB
    private DraftRetention retention;

    private List<DraftSummary> mine = List.of();
    private int retentionDays;
    private Long confirming;

    @PostConstruct
    void load() {
        mine = drafts.mine();
        retentionDays = retention.retentionDays();
    }

    public void askDiscard(long id) {
        confirming = id;
    }

    public void keep() {
        confirming = null;
    }

    public void discard(long id) {
        try {
            drafts.discard(id);
            Messages.addGlobalInfo("drafts.discarded");
        } catch (RecordNotFoundException e) {
            // Deleted meanwhile (another tab, or retention): the list below says what is left.
            Messages.addGlobalWarn("drafts.gone");
        }
        confirming = null;
        mine = drafts.mine();
    }

    public List<DraftSummary> getMine() {
        return mine;
    }

    public int getRetentionDays() {
        return retentionDays;
    }

    public Long getConfirming() {
        return confirming;
    }
}
