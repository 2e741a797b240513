package vn.tincay.followup;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.tincay.incident.Incident;
import vn.tincay.incident.IncidentStatus;

/**
 * What the referral form of a case may offer: the consent recorded, which bases apply and which
 * organisations can receive the referral. The {@link Referral} constructor checks the same again.
 */
public class ReferralOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean caseOpen;
    private final boolean consentToReferral;
    private final boolean consentToShareContact;
    private final boolean childProtectionApplies;
    private final List<OrganisationOption> organisations;

    ReferralOptions(Incident incident, List<OrganisationOption> organisations) {
        this.caseOpen = incident.getStatus() != IncidentStatus.CLOSED;
        this.consentToReferral = incident.isConsentToReferral();
        this.consentToShareContact = incident.isConsentToShareContact();
        this.childProtectionApplies = incident.isMustReport() || incident.isChildAbuse();
        this.organisations = List.copyOf(organisations);
    }

    /** The bases this case allows: consent only when recorded, the child-protection duty only for abuse of a child. */
    public List<ReferralBasis> getBases() {
        List<ReferralBasis> bases = new ArrayList<>();
        if (consentToReferral) {
            bases.add(ReferralBasis.CONSENT);
        }
        if (childProtectionApplies) {
            bases.add(ReferralBasis.CHILD_PROTECTION_DUTY);
        }
        bases.add(ReferralBasis.IMMEDIATE_DANGER);
        return bases;
    }

    public boolean isCaseOpen() {
        return caseOpen;
    }

    public boolean isConsentToReferral() {
        return consentToReferral;
    }

    public boolean isConsentToShareContact() {
        return consentToShareContact;
    }

    public boolean isChildProtectionApplies() {
        return childProtectionApplies;
    }

    public List<OrganisationOption> getOrganisations() {
        return organisations;
    }
}
