package vn.tincay.incident.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import vn.tincay.incident.ActionNeeded;
import vn.tincay.incident.ActionSummary;
import vn.tincay.incident.CaseDashboard;
import vn.tincay.incident.IncidentRow;
import vn.tincay.incident.IncidentService;

/** The "what needs action" section of the school and district home pages. */
@Named
@RequestScoped
public class CaseDashboardBacking {

    static final int RECENT = 5;

    @EJB
    private CaseDashboard dashboard;

    @EJB
    private IncidentService incidents;

    private List<ActionSummary> needs;
    private List<IncidentRow> recent;

    @PostConstruct
    void load() {
        needs = dashboard.needsAction();
        recent = incidents.recent(RECENT);
    }

    /** The case list filtered to the same cases, where the list has such a filter; else null. */
    public String listOutcome(ActionNeeded need) {
        return switch (need) {
            case NEW_UNVERIFIED -> "/incident/list?status=REPORTED";
            case URGENT_OPEN -> "/incident/list?urgent=true&open=true";
            case OVERDUE_NEXT_STEPS -> "/incident/list?overdue=true";
            default -> null;
        };
    }

    public List<ActionSummary> getNeeds() {
        return needs;
    }

    public List<IncidentRow> getRecent() {
        return recent;
    }
}
