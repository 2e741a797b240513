package vn.tincay.followup;

import java.io.Serializable;

/** Contact details a service sees only when the survivor agreed to share them. Never logged. */
public class ReferralContact implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String survivorName;
    private final String guardianName;
    private final String guardianPhone;

    public ReferralContact(String survivorName, String guardianName, String guardianPhone) {
        this.survivorName = survivorName;
        this.guardianName = guardianName;
        this.guardianPhone = guardianPhone;
    }

    public String getSurvivorName() {
        return survivorName;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public String getGuardianPhone() {
        return guardianPhone;
    }

    @Override
    public String toString() {
        return "ReferralContact[redacted]";
    }
}
