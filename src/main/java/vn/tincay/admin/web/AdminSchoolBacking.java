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
import vn.tincay.admin.SchoolForm;
import vn.tincay.organisation.Ownership;
import vn.tincay.organisation.SchoolLevel;
import vn.tincay.platform.UserFacingException;

/** /admin/school.xhtml: adds a school, or with ?id= edits one. */
@Named
@RequestScoped
public class AdminSchoolBacking {

    @EJB
    private AdministrationService administration;

    @Inject
    @Param
    private Long id;

    private SchoolForm form;
    private List<OrganisationOption> districts;

    @PostConstruct
    void load() {
        districts = administration.districts();
        form = id == null ? new SchoolForm() : administration.findSchool(id).orElse(null);
    }

    /** A view action: an unknown or malformed id is a missing page, not an empty form. */
    public void requireFound() {
        if (form == null || id == null && Faces.getRequestParameter("id") != null) {
            Faces.responseSendError(404, "School not found");
        }
    }

    public void save() {
        try {
            if (form.isNew()) {
                administration.createSchool(form);
            } else {
                administration.updateSchool(form);
            }
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return;
        }
        Messages.addFlashGlobalInfo("admin.school.saved", form.getName().strip());
        Faces.redirect("admin/schools.xhtml");
    }

    public SchoolForm getForm() {
        return form;
    }

    public List<OrganisationOption> getDistricts() {
        return districts;
    }

    public SchoolLevel[] getLevels() {
        return SchoolLevel.values();
    }

    public Ownership[] getOwnerships() {
        return Ownership.values();
    }
}
