package vn.tincay.admin;

import java.io.Serializable;
import java.util.List;

/** The organisations an account can be given, one list per kind, for the account form's drop-downs. */
public class OrganisationChoices implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<OrganisationOption> schools;
    private final List<OrganisationOption> districts;
    private final List<OrganisationOption> services;
    private final List<OrganisationOption> provinces;

    public OrganisationChoices(List<OrganisationOption> schools, List<OrganisationOption> districts,
                               List<OrganisationOption> services, List<OrganisationOption> provinces) {
        this.schools = List.copyOf(schools);
        this.districts = List.copyOf(districts);
        this.services = List.copyOf(services);
        this.provinces = List.copyOf(provinces);
    }

    public List<OrganisationOption> getSchools() {
        return schools;
    }

    public List<OrganisationOption> getDistricts() {
        return districts;
    }

    public List<OrganisationOption> getServices() {
        return services;
    }

    public List<OrganisationOption> getProvinces() {
        return provinces;
    }
}
