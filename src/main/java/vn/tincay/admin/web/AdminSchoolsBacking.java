package vn.tincay.admin.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import vn.tincay.admin.AdministrationService;
import vn.tincay.admin.OrganisationOption;
import vn.tincay.admin.SchoolRow;
import vn.tincay.admin.SchoolSearch;

/** /admin/schools.xhtml?q=&amp;district=: the schools, paged and filtered in the database. */
@Named
@ViewScoped
public class AdminSchoolsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AdministrationService administration;

    @Inject
    @Param(name = "q")
    private String text;

    @Inject
    @Param(name = "district")
    private Long districtId;

    private List<OrganisationOption> districts;
    private LazyRows<SchoolRow> schools;

    @PostConstruct
    void load() {
        districts = administration.districts();
        SchoolSearch search = new SchoolSearch(text, districtId);
        schools = new LazyRows<>(() -> administration.countSchools(search),
                (first, max, sorting) -> administration.findSchools(search, first, max, sorting));
    }

    /** The filter goes into the address, so a search can be bookmarked and starts at the first page. */
    public void search() {
        Faces.redirect("admin/schools.xhtml?q=%s&district=%s", Filters.value(text), Filters.value(districtId));
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public List<OrganisationOption> getDistricts() {
        return districts;
    }

    public LazyRows<SchoolRow> getSchools() {
        return schools;
    }
}
