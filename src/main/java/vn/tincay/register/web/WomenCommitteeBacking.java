package vn.tincay.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.tincay.incident.Sex;
import vn.tincay.register.CommitteeRole;
import vn.tincay.register.RegisterKind;
import vn.tincay.register.RegisterKinds;
import vn.tincay.register.WomenCommitteeDraft;

/** /register/committee.xhtml?id=: records or changes a decision on the committee and its members. */
@Named
@ViewScoped
public class WomenCommitteeBacking extends RegisterRecordBacking<WomenCommitteeDraft> {

    private static final long serialVersionUID = 1L;
    private static final Sex[] SEXES = {Sex.FEMALE, Sex.MALE};

    @Override
    protected RegisterKind<?, WomenCommitteeDraft> kind() {
        return RegisterKinds.WOMEN_COMMITTEE;
    }

    @Override
    protected String listPage() {
        return "/register/committees";
    }

    public void addMember() {
        getDraft().addMember();
    }

    public void removeMember(int index) {
        getDraft().removeMember(index);
    }

    public CommitteeRole[] getRoles() {
        return CommitteeRole.values();
    }

    public Sex[] getSexes() {
        return SEXES.clone();
    }
}
