package vn.tincay.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import vn.tincay.organisation.District;
import vn.tincay.organisation.OrganisationDirectory;
import vn.tincay.organisation.School;
import vn.tincay.organisation.ServiceOrganisation;

/** /district/index.xhtml: home of the district coordinator. */
@Named
@RequestScoped
public class DistrictHomeBacking {

    @EJB
    private OrganisationDirectory directory;

    private District district;
    private List<School> schools;
    private List<ServiceOrganisation> services;

    @PostConstruct
    void load() {
        district = directory.districtOfCaller();
        schools = directory.schoolsOfCallerDistrict();
        services = directory.servicesOfCallerDistrict();
    }

    public District getDistrict() {
        return district;
    }

    public List<School> getSchools() {
        return schools;
    }

    public List<ServiceOrganisation> getServices() {
        return services;
    }
}
