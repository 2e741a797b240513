package vn.tincay.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import vn.tincay.organisation.DistrictSummary;
import vn.tincay.organisation.OrganisationDirectory;
import vn.tincay.organisation.Province;

/** /province/index.xhtml: home of the province viewer. */
@Named
@RequestScoped
public class ProvinceHomeBacking {

    @EJB
    private OrganisationDirectory directory;

    private Province province;
    private List<DistrictSummary> districts;

    @PostConstruct
    void load() {
        province = directory.provinceOfCaller();
        districts = directory.districtsOfCallerProvince();
    }

    public Province getProvince() {
        return province;
    }

    public List<DistrictSummary> getDistricts() {
        return districts;
    }
}
