package vn.tincay.admin.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.tincay.admin.AdministrationService;
import vn.tincay.admin.OrganisationOption;
import vn.tincay.admin.ServiceForm;
import vn.tincay.organisation.ServiceKind;
import vn.tincay.platform.UserFacingException;

/** /admin/service.xhtml: adds a service organisation, or with ?id= edits one. */
@Named
@RequestScoped
public class AdminServiceBacking {

    @EJB
    private AdministrationService administration;

    @Inject
    @Param
    private Long id;

    private ServiceForm form;
    private List<OrganisationOption> districts;

    @PostConstruct
    void load() {
        districts = administration.districts();
        form = id == null ? new ServiceForm() : administration.findService(id).orElse(null);
    }

    /** A view action: an unknown or malformed id is a missing page, not an empty form. */
    public void requireFound() {
        if (form == null || id == null && Faces.getRequestParameter("id") != null) {
            Faces.responseSendError(404, "Service organisation not found");
        }
    }

    public void save() {
        try {
            if (form.isNew()) {
                administration.createService(form);
            } else {
                administration.updateService(form);
            }
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return;
        }
        Messages.addFlashGlobalInfo("admin.service.saved", form.getName().strip());
        Faces.redirect("admin/services.xhtml");
    }

    public ServiceForm getForm() {
        return form;
    }

    public List<OrganisationOption> getDistricts() {
        return districts;
    }

    public ServiceKind[] getKinds() {
        return ServiceKind.values();
    }
}
