package vn.tincay.incident;

import java.io.Serializable;

/** The survivor's identity and the narrative, as revealed (and audited) to a need-to-know role. */
public class RevealedIdentity implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String fullName;
    private final String birthDate;
    private final String className;
    private final String address;
    private final String guardianName;
    private final String guardianPhone;
    private final String narrative;

    public RevealedIdentity(SurvivorIdentity identity, String narrative) {
        this.fullName = identity.getFullName();
        this.birthDate = identity.getBirthDate();
        this.className = identity.getClassName();
        this.address = identity.getAddress();
        this.guardianName = identity.getGuardianName();
        this.guardianPhone = identity.getGuardianPhone();
        this.narrative = narrative;
    }

    public String getFullName() {
        return fullName;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public String getClassName() {
        return className;
    }

    public String getAddress() {
        return address;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public String getGuardianPhone() {
        return guardianPhone;
    }

    public String getNarrative() {
        return narrative;
    }
}
