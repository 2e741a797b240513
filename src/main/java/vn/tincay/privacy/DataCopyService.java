package vn.tincay.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tincay.audit.AuditAction;
import vn.tincay.audit.AuditEvent;
import vn.tincay.followup.CoordinationEntry;
import vn.tincay.followup.Referral;
import vn.tincay.incident.CaseAudit;
import vn.tincay.incident.IdentityField;
import vn.tincay.incident.Incident;
import vn.tincay.incident.IncidentService;
import vn.tincay.incident.SurvivorIdentity;
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.UserFacingException;
import vn.tincay.report.document.ReportFonts;
import vn.tincay.security.Caller;
import vn.tincay.security.CallerContext;
import vn.tincay.security.Role;

/**
 * A copy of what the system holds about a survivor, for the survivor or guardian, as a PDF the
 * district coordinator hands over: identity, case facts, consents, referrals, coordination, the
 * corrections and who looked at the case. Issuing it is audited.
 */
@Stateless
@RolesAllowed(Role.DISTRICT_COORDINATOR_NAME)
public class DataCopyService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private CaseAudit audit;

    @EJB
    private IncidentService incidents;

    @Inject
    @ConfigProperty(name = "tincay.report.font-dir", defaultValue = " ")
    String fontDirectory;

    private final Clock clock = Clock.systemUTC();

    /** The PDF of the copy; the issue is audited. */
    public byte[] issue(long incidentId) {
        Caller caller = callers.get();
        Incident incident = incidents.visible(caller, incidentId);
        if (incident.isAnonymised()) {
            throw new UserFacingException("retention.error.anonymised");
        }
        DataCopy copy = compose(incident, caller);
        byte[] pdf = new DataCopyPdf(ReportFonts.find(fontDirectory == null ? null : fontDirectory.strip()))
                .write(copy);
        audit.record(caller, AuditAction.DATA_COPY_ISSUED, incident, "PDF, " + copy.sections().size() + " sections");
        return pdf;
    }

    DataCopy compose(Incident incident, Caller caller) {
        ResourceBundle text = ResourceBundle.getBundle("vn.tincay.i18n.text", VIETNAMESE);
        List<DataCopy.Section> sections = new ArrayList<>();
        SurvivorIdentity who = incident.getSurvivor();
        List<List<String>> identity = new ArrayList<>();
        for (IdentityField field : IdentityField.values()) {
            String value = field.read(who);
            identity.add(List.of(label(text, "IdentityField." + field), field == IdentityField.BIRTH_DATE && value != null
                    ? LocalDate.parse(value).format(DATE) : nz(value)));
        }
        sections.add(section(text, "copy.identity", List.of("copy.field", "copy.value"), identity));

        List<List<String>> facts = new ArrayList<>();
        facts.add(List.of(label(text, "case.code"), incident.getCaseCode()));
        facts.add(List.of(label(text, "case.school"), incident.getSchool().getName()));
        facts.add(List.of(label(text, "case.incidentDate"), incident.getIncidentDate().format(DATE)));
        facts.add(List.of(label(text, "case.reportedDate"), incident.getReportedDate().format(DATE)));
        facts.add(List.of(label(text, "intake.placeType"), label(text, "PlaceType." + incident.getPlaceType())));
        facts.add(List.of(label(text, "case.type"), label(text, "GbvType." + incident.getType())));
        facts.add(List.of(label(text, "copy.status"), label(text, "IncidentStatus." + incident.getStatus())));
        facts.add(List.of(label(text, "intake.narrative"), nz(incident.getNarrative())));
        sections.add(section(text, "copy.facts", List.of("copy.field", "copy.value"), facts));

        List<List<String>> consents = new ArrayList<>();
        consents.add(List.of(label(text, "copy.consent.referral"), yesNo(text, incident.isConsentToReferral())));
        consents.add(List.of(label(text, "copy.consent.statistics"), yesNo(text, incident.isConsentToStatistics())));
        consents.add(List.of(label(text, "copy.consent.shareContact"), yesNo(text, incident.isConsentToShareContact())));
        for (ConsentWithdrawal w : em.createQuery("SELECT w FROM ConsentWithdrawal w WHERE w.incidentId = :i "
                + "ORDER BY w.recordedAt", ConsentWithdrawal.class).setParameter("i", incident.getId()).getResultList()) {
            consents.add(List.of(label(text, "copy.withdrawn") + ": " + label(text, "ConsentKind." + w.getKind()),
                    moment(w.getRecordedAt()) + " (" + label(text, "ConsentGiver." + w.getRequestedBy()) + ")"));
        }
        sections.add(section(text, "copy.consents", List.of("copy.field", "copy.value"), consents));

        List<List<String>> referrals = new ArrayList<>();
        for (Referral r : em.createQuery("SELECT r FROM Referral r JOIN FETCH r.serviceOrganisation "
                + "WHERE r.incident = :i ORDER BY r.referredAt", Referral.class).setParameter("i", incident)
                .getResultList()) {
            referrals.add(List.of(moment(r.getReferredAt()), r.getServiceOrganisation().getName(), r.getNeeds(),
                    label(text, "ReferralStatus." + r.getStatus()), nz(r.getServiceProvided())));
        }
        sections.add(section(text, "copy.referrals", List.of("copy.when", "copy.service", "copy.needs",
                "copy.status", "copy.serviceProvided"), referrals));

        List<List<String>> coordination = new ArrayList<>();
        for (CoordinationEntry c : em.createQuery("SELECT c FROM CoordinationEntry c WHERE c.incident = :i "
                + "ORDER BY c.recordedAt", CoordinationEntry.class).setParameter("i", incident).getResultList()) {
            coordination.add(List.of(moment(c.getRecordedAt()), label(text, "Agency." + c.getAgency()),
                    c.getActionTaken(), nz(c.getOutcome()), nz(c.getNextStep())));
        }
        sections.add(section(text, "copy.coordination", List.of("copy.when", "copy.agency", "copy.action",
                "copy.outcome", "copy.nextStep"), coordination));

        List<List<String>> corrections = new ArrayList<>();
        for (IdentityCorrection c : em.createQuery("SELECT c FROM IdentityCorrection c WHERE c.incidentId = :i "
                + "ORDER BY c.correctedAt", IdentityCorrection.class).setParameter("i", incident.getId())
                .getResultList()) {
            corrections.add(List.of(moment(c.getCorrectedAt()), label(text, "IdentityField." + c.getField()),
                    nz(c.getOldValue()), label(text, "ConsentGiver." + c.getRequestedBy())));
        }
        sections.add(section(text, "copy.corrections", List.of("copy.when", "copy.field", "copy.oldValue",
                "copy.requestedBy"), corrections));

        List<List<String>> views = new ArrayList<>();
        for (AuditEvent e : em.createQuery("SELECT e FROM AuditEvent e WHERE e.caseCode = :c ORDER BY e.id",
                AuditEvent.class).setParameter("c", incident.getCaseCode()).setMaxResults(1000).getResultList()) {
            views.add(List.of(moment(e.getOccurredAt()), e.getActor(),
                    e.getActorRole() == null ? "" : label(text, "Role." + e.getActorRole()),
                    label(text, "case.auditAction." + e.getAction())));
        }
        sections.add(section(text, "copy.views", List.of("copy.when", "copy.who", "copy.role", "copy.what"), views));

        Instant now = Instant.now(clock);
        return new DataCopy(label(text, "copy.title"), List.of(
                format(text, "copy.intro.case", incident.getCaseCode()),
                format(text, "copy.intro.issued", moment(now), caller.username()),
                label(text, "copy.intro.law")), sections, label(text, "copy.closing"));
    }

    private static DataCopy.Section section(ResourceBundle text, String title, List<String> headerKeys,
                                            List<List<String>> rows) {
        return new DataCopy.Section(label(text, title), headerKeys.stream().map(k -> label(text, k)).toList(), rows,
                label(text, "copy.none"));
    }

    private static String label(ResourceBundle text, String key) {
        try {
            return text.getString(key);
        } catch (MissingResourceException e) {
            return key.substring(key.lastIndexOf('.') + 1);
        }
    }

    private static String format(ResourceBundle text, String key, Object... args) {
        return java.text.MessageFormat.format(label(text, key), args);
    }

    private static String yesNo(ResourceBundle text, boolean value) {
        return label(text, value ? "common.yes" : "common.no");
    }

    private static String moment(Instant at) {
        return at == null ? "" : at.atZone(LocalTime.ZONE).format(MOMENT);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
