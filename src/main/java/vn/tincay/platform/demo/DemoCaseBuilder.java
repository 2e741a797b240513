package vn.tincay.platform.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.tincay.account.UserAccount;
import vn.tincay.followup.CoordinationEntry;
import vn.tincay.followup.Referral;
import vn.tincay.followup.ReferralBasis;
import vn.tincay.incident.CloseReason;
import vn.tincay.incident.Incident;
import vn.tincay.incident.IncidentStatus;
import vn.tincay.incident.IncidentStatusChange;
import vn.tincay.incident.PerpetratorDraft;
import vn.tincay.incident.SurvivorIdentity;
import vn.tincay.organisation.School;
import vn.tincay.organisation.ServiceOrganisation;
import vn.tincay.platform.LocalTime;
import vn.tincay.security.crypto.NameIndex;

/**
 * Turns a planned case into entities through the domain's own rules (classification, consent, status
 * transitions, the referral consent gate), playing only the follow-up steps that lie before "now".
 * Persisting is left to the caller.
 */
final class DemoCaseBuilder {

    /** What one case consists of, ready to persist in this order (name words once the incident has an id). */
    record BuiltCase(Incident incident, List<IncidentStatusChange> statusChanges, List<CoordinationEntry> entries,
                     List<Referral> referrals, Set<String> nameWordHashes) {
    }

    /** The accounts and organisations cases are filed and followed up by. */
    record Cast(List<School> schools, List<UserAccount> staffBySchool, List<UserAccount> focalPointBySchool,
                UserAccount coordinator, List<ServiceOrganisation> services) {
    }

    private final Cast cast;
    private final NameIndex names;
    private final Instant now;
    private final LocalDate today;

    DemoCaseBuilder(Cast cast, NameIndex names, Instant now) {
        this.cast = cast;
        this.names = names;
        this.now = now;
        this.today = now.atZone(LocalTime.ZONE).toLocalDate();
    }

    /** The report's time: the report day at the planned hour, Vietnamese time. */
    static Instant reportedAt(InventedCase plan) {
        return plan.reportedDate.atTime(plan.reportedHour, 0).atZone(LocalTime.ZONE).toInstant();
    }

    BuiltCase build(InventedCase plan, String caseCode) {
        School school = cast.schools().get(plan.schoolIndex);
        UserAccount reporter = reporter(plan);
        Instant reported = reportedAt(plan);
        String token = UUID.nameUUIDFromBytes(("tincay-demo:" + caseCode).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
        Incident incident = new Incident(caseCode, token, school, reporter, reported);
        incident.describeIncident(plan.incidentDate, plan.reportedDate, plan.placeType, plan.urgent, plan.narrative);
        incident.answer(plan.answers, plan.domesticViolence, plan.childAbuse, plan.onlineViolence,
                plan.marriageBrokering);
        SurvivorIdentity identity = new SurvivorIdentity(plan.survivorName,
                plan.birthDate == null ? null : plan.birthDate.toString(), plan.className, plan.address,
                plan.guardianName, plan.guardianPhone);
        incident.describeSurvivor(identity, names.fullNameHash(plan.survivorName), plan.age, plan.ageGroup, plan.sex,
                plan.kind, plan.disability);
        for (PerpetratorDraft p : plan.perpetrators) {
            incident.addPerpetrator(p.getRelationship(), p.getSex(), p.getAgeGroup());
        }
        incident.classify();
        incident.recordConsent(plan.consentGiver, plan.consentToReferral, plan.consentToStatistics,
                plan.consentToShareContact);

        List<IncidentStatusChange> changes = new ArrayList<>();
        List<CoordinationEntry> entries = new ArrayList<>();
        List<Referral> referrals = new ArrayList<>();
        changes.add(incident.reported(reporter.getUsername()));
        String follower = cast.coordinator().getUsername();

        if (plan.verifyAfterHours != null && past(reported, plan.verifyAfterHours)) {
            Instant at = at(reported, plan.verifyAfterHours);
            changes.add(incident.changeStatus(IncidentStatus.VERIFYING, null, null, follower, at));
            if (plan.assigned) {
                incident.assignTo(cast.coordinator(), at);
            }
            if (plan.progressAfterHours != null && past(reported, plan.progressAfterHours)) {
                changes.add(incident.changeStatus(IncidentStatus.IN_PROGRESS, null, null, follower,
                        at(reported, plan.progressAfterHours)));
            }
            for (InventedCase.Entry entry : plan.entries) {
                if (past(reported, entry.afterHours) && beforeClose(plan, entry.afterHours)) {
                    entries.add(entry(incident, plan, entry, reported, follower));
                }
            }
            if (incident.getStatus() == IncidentStatus.IN_PROGRESS) {
                for (InventedCase.PlannedReferral referral : plan.referrals) {
                    if (past(reported, referral.afterHours) && beforeClose(plan, referral.afterHours)) {
                        Referral sent = referral(incident, referral, reported, follower);
                        if (sent != null) {
                            referrals.add(sent);
                        }
                    }
                }
            }
        }
        if (plan.closeAfterHours != null && past(reported, plan.closeAfterHours)) {
            String note = plan.closeReason == CloseReason.OTHER
                    ? (plan.verifyAfterHours == null ? "Trùng với một hồ sơ đã có (dữ liệu demo)"
                    : "Lý do khác (dữ liệu demo)") : null;
            changes.add(incident.changeStatus(IncidentStatus.CLOSED, plan.closeReason, note, follower,
                    at(reported, plan.closeAfterHours)));
            for (CoordinationEntry entry : entries) {
                if (entry.getNextStep() != null && !entry.isNextStepDone()) {
                    entry.markNextStepDone();
                }
            }
            if (plan.reopenAfterHours != null && past(reported, plan.reopenAfterHours)) {
                changes.add(incident.changeStatus(IncidentStatus.IN_PROGRESS, null,
                        "Có thông tin mới (dữ liệu demo)", follower, at(reported, plan.reopenAfterHours)));
            }
        }
        return new BuiltCase(incident, changes, entries, referrals, names.wordHashes(plan.survivorName));
    }

    private CoordinationEntry entry(Incident incident, InventedCase plan, InventedCase.Entry planned,
                                    Instant reported, String follower) {
        Instant at = at(reported, planned.afterHours);
        LocalDate due = planned.nextStep == null ? null
                : at.atZone(LocalTime.ZONE).toLocalDate().plusDays(planned.dueInDays);
        CoordinationEntry entry = new CoordinationEntry(incident, planned.agency, planned.action, planned.outcome,
                planned.nextStep, due, follower, at);
        // Some next steps of the last three months stay open past their due date, so lists have overdue
        // work to show; older ones were done.
        if (due != null && due.isBefore(today) && (planned.doneRoll < 0.75 || due.isBefore(today.minusMonths(3)))) {
            entry.markNextStepDone();
        }
        return entry;
    }

    /** A referral on the consent recorded, else on a legal basis when one applies, else none. */
    private Referral referral(Incident incident, InventedCase.PlannedReferral planned, Instant reported,
                              String follower) {
        ReferralBasis basis;
        String reason = null;
        if (incident.isConsentToReferral()) {
            basis = ReferralBasis.CONSENT;
        } else if (incident.isMustReport() || incident.isChildAbuse()) {
            basis = ReferralBasis.CHILD_PROTECTION_DUTY;
            reason = "Trẻ em bị xâm hại: nghĩa vụ thông báo theo Luật Trẻ em 2016 (dữ liệu demo)";
        } else if (incident.isUrgent()) {
            basis = ReferralBasis.IMMEDIATE_DANGER;
            reason = "Người bị hại đang gặp nguy hiểm tức thời (dữ liệu demo)";
        } else {
            return null;
        }
        List<ServiceOrganisation> services = cast.services();
        // Four in ten go to the first organisation (the social work centre of the demo), the rest anywhere.
        ServiceOrganisation to = planned.serviceIndex < 40 ? services.get(0)
                : services.get(planned.serviceIndex % services.size());
        Referral referral = new Referral(incident, to, planned.needs, basis, reason, follower,
                at(reported, planned.afterHours));
        if (!past(reported, planned.answerAfterHours)) {
            return referral;
        }
        Instant answered = at(reported, planned.answerAfterHours);
        if (planned.accepted) {
            referral.accept("Đã tiếp nhận (dữ liệu demo)", answered);
            if (planned.serviceAfterHours != null && past(reported, planned.serviceAfterHours)) {
                referral.recordServiceProvided("Đã " + planned.needs.toLowerCase(java.util.Locale.ROOT)
                        + " (dữ liệu demo)", at(reported, planned.serviceAfterHours));
            }
        } else {
            referral.decline("Không đủ khả năng tiếp nhận lúc này (dữ liệu demo)", answered);
        }
        if (planned.closeAfterHours != null && past(reported, planned.closeAfterHours)) {
            referral.close(at(reported, planned.closeAfterHours));
        }
        return referral;
    }

    private UserAccount reporter(InventedCase plan) {
        UserAccount staff = cast.staffBySchool().get(plan.schoolIndex);
        UserAccount focalPoint = cast.focalPointBySchool().get(plan.schoolIndex);
        if (plan.reportedByFocalPoint && focalPoint != null) {
            return focalPoint;
        }
        return staff != null ? staff : focalPoint != null ? focalPoint : cast.coordinator();
    }

    private static boolean beforeClose(InventedCase plan, int hours) {
        return plan.closeAfterHours == null || hours < plan.closeAfterHours;
    }

    private boolean past(Instant reported, int hours) {
        return at(reported, hours).isBefore(now);
    }

    private static Instant at(Instant reported, int hours) {
        return reported.plus(Duration.ofHours(hours));
    }
}
