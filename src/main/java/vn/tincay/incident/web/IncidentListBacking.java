package vn.tincay.incident.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Components;
import org.primefaces.component.datatable.DataTable;
import vn.tincay.incident.IncidentFilter;
import vn.tincay.incident.IncidentService;
import vn.tincay.security.CurrentUser;
import vn.tincay.security.Role;

/**
 * /incident/list.xhtml: the cases the user may see, paged, sorted and filtered in the database.
 * Dashboard links open it with filters in the URL (status, urgent, overdue, open).
 */
@Named
@ViewScoped
public class IncidentListBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE = "casesForm:cases";

    @EJB
    private IncidentService incidents;

    @Inject
    private CurrentUser currentUser;

    private final IncidentFilter filter = new IncidentFilter();
    private IncidentLazyModel cases;
    private List<Choice> schools = List.of();

    @PostConstruct
    void start() {
        cases = new IncidentLazyModel(incidents, filter);
        if (isCoordinator()) {
            schools = incidents.schoolsForIntake().stream().map(s -> new Choice(s.getId(), s.getName())).toList();
        }
    }

    /** Applies the filters as typed: the table starts again at its first page. */
    public void search() {
        cases.restart();
        DataTable table = Components.findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
    }

    public void clear() {
        filter.setStatus(null);
        filter.setType(null);
        filter.setSchoolId(null);
        filter.setFrom(null);
        filter.setTo(null);
        filter.setUrgent(null);
        filter.setOverdueOnly(false);
        filter.setOpenOnly(false);
        filter.setCaseCode(null);
        filter.setSurvivorName(null);
        search();
    }

    /** Whether any filter is set, so the filter panel opens by itself (e.g. after a dashboard link). */
    public boolean isFiltering() {
        return filter.getStatus() != null || filter.getType() != null || filter.getSchoolId() != null
                || filter.getFrom() != null || filter.getTo() != null || filter.getUrgent() != null
                || filter.isOverdueOnly() || filter.isOpenOnly() || !isBlank(filter.getCaseCode())
                || !isBlank(filter.getSurvivorName());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public boolean isCoordinator() {
        return currentUser.hasRole(Role.DISTRICT_COORDINATOR);
    }

    /** "Urgent only" is a check box; unticked means any urgency, not "not urgent". */
    public boolean isUrgentOnly() {
        return Boolean.TRUE.equals(filter.getUrgent());
    }

    public void setUrgentOnly(boolean urgentOnly) {
        filter.setUrgent(urgentOnly ? Boolean.TRUE : null);
    }

    public IncidentFilter getFilter() {
        return filter;
    }

    public IncidentLazyModel getCases() {
        return cases;
    }

    public List<Choice> getSchools() {
        return schools;
    }
}
