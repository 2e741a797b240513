package vn.tincay.register.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.tincay.register.RegisterDirectory;
import vn.tincay.register.RegisterKind;
import vn.tincay.register.RegisterKinds;
import vn.tincay.register.SelfInspectionDraft;

/** /register/self-inspection.xhtml?id=: a school records its self-inspection; the district reads it. */
@Named
@ViewScoped
public class SelfInspectionBacking extends RegisterRecordBacking<SelfInspectionDraft> {

    private static final long serialVersionUID = 1L;

    @EJB
    private RegisterDirectory directory;

    @Override
    protected RegisterKind<?, SelfInspectionDraft> kind() {
        return RegisterKinds.SELF_INSPECTION;
    }

    @Override
    protected String listPage() {
        return "/register/self-inspections";
    }

    /** Only a school inspects itself. */
    @Override
    protected boolean mayCreate() {
        return !directory.ownUnit().isDistrictOffice();
    }
}
