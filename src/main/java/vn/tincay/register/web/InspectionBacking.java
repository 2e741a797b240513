package vn.tincay.register.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import vn.tincay.register.InspectionDraft;
import vn.tincay.register.RegisterDirectory;
import vn.tincay.register.RegisterKind;
import vn.tincay.register.RegisterKinds;
import vn.tincay.register.SchoolOption;

/** /register/inspection.xhtml?id=: the coordinator plans an inspection and records its result; focal points read. */
@Named
@ViewScoped
public class InspectionBacking extends RegisterRecordBacking<InspectionDraft> {

    private static final long serialVersionUID = 1L;

    @EJB
    private RegisterDirectory directory;

    private List<SchoolOption> schools;
    private String schoolName;

    @Override
    protected RegisterKind<?, InspectionDraft> kind() {
        return RegisterKinds.INSPECTION;
    }

    @Override
    protected String listPage() {
        return "/register/inspections";
    }

    /** Only the coordinator plans inspections. */
    @Override
    protected boolean mayCreate() {
        return directory.ownUnit().isDistrictOffice();
    }

    @Override
    protected void opened() {
        schools = directory.schoolsOfDistrict();
        Long schoolId = getDraft().getSchoolId();
        schoolName = schoolId == null ? null : isEditable() ? directory.schoolName(schoolId) : directory.ownUnit().name();
    }

    public List<SchoolOption> getSchools() {
        return schools;
    }

    public String getSchoolName() {
        return schoolName;
    }
}
