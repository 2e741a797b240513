package vn.tincay.notification;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import vn.tincay.incident.IncidentFiled;

/**
 * When an urgent incident has been saved, alerts the district's coordinators at once: in the app
 * (saved in a transaction of its own) and by e-mail (in the background).
 */
@ApplicationScoped
public class UrgentIncidentObserver {

    private static final Logger LOG = Logger.getLogger(UrgentIncidentObserver.class.getName());

    @EJB
    private UrgentAlerts alerts;

    @Inject
    private AlertMailer mailer;

    void onFiled(@Observes(during = TransactionPhase.AFTER_SUCCESS) IncidentFiled filed) {
        if (!filed.urgent()) {
            return;
        }
        try {
            List<AlertRecipient> recipients = alerts.notifyCoordinators(filed);
            mailer.sendLater(recipients, filed.caseCode(), filed.incidentId());
        } catch (RuntimeException e) {
            // The report itself is saved; say that its alert failed, without anything about the case.
            LOG.severe("Urgent alert for incident #" + filed.incidentId() + " failed: " + e.getClass().getName());
        }
    }
}
