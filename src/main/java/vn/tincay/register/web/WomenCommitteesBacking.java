package vn.tincay.register.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.tincay.register.CommitteeDecisionLine;
import vn.tincay.register.CommitteeMeetingLine;
import vn.tincay.register.WomenCommitteeService;

/** /register/committees.xhtml: a register's decisions on its committee and the committee's meetings. */
@Named
@ViewScoped
public class WomenCommitteesBacking extends DatedRegisterListBacking {

    private static final long serialVersionUID = 1L;

    @EJB
    private WomenCommitteeService committees;

    private final PagedModel<CommitteeDecisionLine> decisions = new PagedModel<>(
            (first, max, sort, asc) -> committees.decisions(scope(), getFrom(), getTo(), first, max, sort, asc),
            CommitteeDecisionLine::id);

    private final PagedModel<CommitteeMeetingLine> meetings = new PagedModel<>(
            (first, max, sort, asc) -> committees.meetings(scope(), getFrom(), getTo(), first, max, sort, asc),
            CommitteeMeetingLine::id);

    public PagedModel<CommitteeDecisionLine> getDecisions() {
        return decisions;
    }

    public PagedModel<CommitteeMeetingLine> getMeetings() {
        return meetings;
    }

    public String getDownloadPath() {
        return CommitteeMinutesServlet.PATH;
    }
}
