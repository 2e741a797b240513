package vn.tincay.followup;

import java.io.Serializable;
import java.time.Instant;
import vn.tincay.incident.AgeGroup;
import vn.tincay.incident.GbvType;
import vn.tincay.incident.Sex;

/**
 * A referral in a support service's list: the minimum the service needs and nothing that
 * identifies the survivor.
 */
public class ServiceReferralRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String caseCode;
    private final AgeGroup survivorAgeGroup;
    private final Sex survivorSex;
    private final GbvType type;
    private final String needs;
    private final ReferralStatus status;
    private final Instant referredAt;

    public ServiceReferralRow(Long id, String caseCode, AgeGroup survivorAgeGroup, Sex survivorSex, GbvType type,
                              String needs, ReferralStatus status, Instant referredAt) {
        this.id = id;
        this.caseCode = caseCode;
        this.survivorAgeGroup = survivorAgeGroup;
        this.survivorSex = survivorSex;
        this.type = type;
        this.needs = needs;
        this.status = status;
        this.referredAt = referredAt;
    }

    public Long getId() {
        return id;
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
}
