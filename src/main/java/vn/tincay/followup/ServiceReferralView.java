package vn.tincay.followup;

import java.io.Serializable;
import java.time.Instant;
import vn.tincay.incident.AgeGroup;
import vn.tincay.incident.GbvType;
import vn.tincay.incident.Incident;
import vn.tincay.incident.Sex;

/**
 * One referral as the receiving service sees it: the minimum about the case, its own answers, and
 * whether contact details may be shown (they come only through
 * {@link ReferralService#contactDetails}, which is audited).
 */
public class ServiceReferralView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final int version;
    private final String caseCode;
    private final AgeGroup survivorAgeGroup;
    private final Sex survivorSex;
    private final GbvType type;
    private final String needs;
    private final ReferralStatus status;
    private final Instant referredAt;
    private final String responseNote;
    private final String serviceProvided;
    private final Instant respondedAt;
    private final Instant closedAt;
    private final boolean contactShared;

    ServiceReferralView(Referral referral) {
        Incident incident = referral.getIncident();
        this.id = referral.getId();
        this.version = referral.getVersion();
        this.caseCode = incident.getCaseCode();
        this.survivorAgeGroup = incident.getSurvivorAgeGroup();
        this.survivorSex = incident.getSurvivorSex();
        this.type = incident.getType();
        this.needs = referral.getNeeds();
        this.status = referral.getStatus();
        this.referredAt = referral.getReferredAt();
        this.responseNote = referral.getResponseNote();
        this.serviceProvided = referral.getServiceProvided();
        this.respondedAt = referral.getRespondedAt();
        this.closedAt = referral.getClosedAt();
        this.contactShared = referral.mayShareContact();
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getCaseCode() {
        return caseCode;
    }

    public AgeGroup getSurvivorAgeGroup() {
        return survivorAgeGroup;
    }

    public Sex getSurvivorSex() {
        return survivorSex;
    }

    public GbvType getType() {
        return type;
    }

    public String getNeeds() {
        return needs;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public Instant getReferredAt() {
        return referredAt;
    }

    public String getResponseNote() {
        return responseNote;
    }

    public String getServiceProvided() {
        return serviceProvided;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    /** Whether the survivor agreed that their contact details go to the service. */
    public boolean isContactShared() {
        return contactShared;
    }

    public boolean isAnswerable() {
        return status == ReferralStatus.SENT;
    }

    public boolean isServiceRecordable() {
        return status.canMoveTo(ReferralStatus.SERVICE_PROVIDED);
    }

    public boolean isClosable() {
        return status.canMoveTo(ReferralStatus.CLOSED);
    }
}
