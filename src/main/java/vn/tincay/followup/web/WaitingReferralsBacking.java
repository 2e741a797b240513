package vn.tincay.followup.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.tincay.followup.ReferralService;

/** The "referrals waiting for an answer" section of /service/index.xhtml. */
@Named
@RequestScoped
public class WaitingReferralsBacking {

    @EJB
    private ReferralService referralService;

    private long waiting;

    @PostConstruct
    void load() {
        waiting = referralService.countWaiting();
    }

    public long getWaiting() {
        return waiting;
    }
}
