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
import vn.tincay.admin.ServiceRow;
import vn.tincay.admin.ServiceSearch;
import vn.tincay.organisation.ServiceKind;

/** /admin/services.xhtml?q=&amp;district=&amp;kind=: the service organisations, paged and filtered in the database. */
@Named
@ViewScoped
public class AdminServicesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AdministrationService administration;

    @Inject
    @Param(name = "q")
    private String text;

    @Inject
    @Param(name = "district")
    private Long districtId;

    @Inject
    @Param(name = "kind")
    private ServiceKind kind;

    private List<OrganisationOption> districts;
    private LazyRows<ServiceRow> services;

    @PostConstruct
    void load() {
        districts = administration.districts();
        ServiceSearch search = new ServiceSearch(text, districtId, kind);
        services = new LazyRows<>(() -> administration.countServices(search),
                (first, max, sorting) -> administration.findServices(search, first, max, sorting));
    }

    public void search() {
        Faces.redirect("admin/services.xhtml?q=%s&district=%s&kind=%s", Filters.value(text),
                Filters.value(districtId), Filters.value(kind));
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

    public ServiceKind getKind() {
        return kind;
    }

    public void setKind(ServiceKind kind) {
        this.kind = kind;
    }

    public ServiceKind[] getKinds() {
        return ServiceKind.values();
    }

    public List<OrganisationOption> getDistricts() {
        return districts;
    }

    public LazyRows<ServiceRow> getServices() {
        return services;
    }
}
