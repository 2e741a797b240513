package vn.tincay.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.tincay.organisation.OrganisationDirectory;
import vn.tincay.organisation.School;

/** /school/index.xhtml: home of school staff and the school focal point. */
@Named
@RequestScoped
public class SchoolHomeBacking {

    @EJB
    private OrganisationDirectory directory;

    private School school;

    @PostConstruct
    void load() {
        school = directory.schoolOfCaller();
    }

    public School getSchool() {
        return school;
    }
}
