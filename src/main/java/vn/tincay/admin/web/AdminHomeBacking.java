package vn.tincay.admin.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.tincay.admin.AdminSummary;
import vn.tincay.admin.AdministrationService;

/** /admin/index.xhtml: the administrator's home, with counts and the way to each list. */
@Named
@RequestScoped
public class AdminHomeBacking {

    @EJB
    private AdministrationService administration;

    private AdminSummary summary;

    @PostConstruct
    void load() {
        summary = administration.summarise();
    }

    public AdminSummary getSummary() {
        return summary;
    }
}
