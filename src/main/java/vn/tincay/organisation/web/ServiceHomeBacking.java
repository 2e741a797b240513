package vn.tincay.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.tincay.organisation.OrganisationDirectory;
import vn.tincay.organisation.ServiceOrganisation;

/** /service/index.xhtml: home of a support-service user. */
@Named
@RequestScoped
public class ServiceHomeBacking {

    @EJB
    private OrganisationDirectory directory;

    private ServiceOrganisation organisation;

    @PostConstruct
    void load() {
        organisation = directory.serviceOrganisationOfCaller();
    }

    public ServiceOrganisation getOrganisation() {
        return organisation;
    }
}
