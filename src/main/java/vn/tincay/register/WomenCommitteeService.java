package vn.tincay.register;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;
import vn.tincay.audit.AuditAction;
import vn.tincay.incident.ResultPage;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.security.Role;

/**
 * The Committee for the Advancement of Women in the register: the decisions that set it up or re-formed
 * it, its meetings, the download of their minutes (the unit's own focal point, or the district's
 * coordinator; audited) and what a report of a period says of it. Same access rule as {@link ActivityService}.
 */
@Stateless
@RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
public class WomenCommitteeService {

    private static final Map<String, String> DECISIONS_SORTABLE = Map.of("decidedOn", "c.decidedOn",
            "decisionNumber", "c.decisionNumber", "signerBody", "c.signerBody", "unitName", "s.name");
    private static final Map<String, String> MEETINGS_SORTABLE = Map.of("heldOn", "m.heldOn", "content", "m.content",
            "unitName", "s.name");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegisterAccess access;

    @Inject
    private RegisterAudit audit;

    /** A page of the scope's decisions on its committee dated in the optional range, newest first. */
    public ResultPage<CommitteeDecisionLine> decisions(@NotNull RegisterScope scope, LocalDate from, LocalDate to,
                                                       int first, int max, String sortField, boolean ascending) {
        access.requireReadable(scope);
        return new Listing<CommitteeDecisionLine>(scope, "c")
                .and(from, "c.decidedOn >= :from", "from")
                .and(to, "c.decidedOn <= :to", "to")
                .page(em, "SELECT NEW vn.tincay.register.CommitteeDecisionLine(c.id, s.id, COALESCE(s.name, d.officeName), "
                                + "c.decisionNumber, c.decidedOn, c.signerBody, c.version)",
                        " FROM WomenCommittee c JOIN c.district d LEFT JOIN c.school s", " FROM WomenCommittee c",
                        DECISIONS_SORTABLE, sortField, ascending, "c.decidedOn DESC", "c.id DESC",
                        CommitteeDecisionLine.class, first, max);
    }

    /** A page of the scope's committee meetings held in the optional range, newest first. */
    public ResultPage<CommitteeMeetingLine> meetings(@NotNull RegisterScope scope, LocalDate from, LocalDate to,
                                                     int first, int max, String sortField, boolean ascending) {
        access.requireReadable(scope);
        return new Listing<CommitteeMeetingLine>(scope, "m")
                .and(from, "m.heldOn >= :from", "from")
                .and(to, "m.heldOn <= :to", "to")
                .page(em, "SELECT NEW vn.tincay.register.CommitteeMeetingLine(m.id, s.id, COALESCE(s.name, d.officeName), "
                                + "m.heldOn, m.content, mi.id, m.version)",
                        " FROM CommitteeMeeting m JOIN m.district d LEFT JOIN m.school s LEFT JOIN m.minutes mi",
                        " FROM CommitteeMeeting m", MEETINGS_SORTABLE, sortField, ascending, "m.heldOn DESC",
                        "m.id DESC", CommitteeMeetingLine.class, first, max);
    }

    /**
     * The committee of one unit (a school's, or the district office's own) as a report of the range sees it.
     * @throws IllegalArgumentException for a scope of several units
     */
    public CommitteeFigures figures(@NotNull RegisterScope scope, @NotNull LocalDate from, @NotNull LocalDate to) {
        WomenCommittee inForce = inForce(scope, to);
        long formed = scope.bind(em.createQuery("SELECT COUNT(c) FROM WomenCommittee c WHERE " + scope.condition("c")
                        + " AND c.decidedOn BETWEEN :from AND :to", Long.class))
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        long meetings = scope.bind(em.createQuery("SELECT COUNT(m) FROM CommitteeMeeting m WHERE "
                        + scope.condition("m") + " AND m.heldOn BETWEEN :from AND :to", Long.class))
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        return new CommitteeFigures(line(inForce),
                inForce == null ? new WomenShare(0, 0) : inForce.womenServingIn(to.getYear()), formed > 0, meetings);
    }

    /** The decision setting up or re-forming one unit's committee that is in force on the day; null when none. */
    public CommitteeDecisionLine decisionInForce(@NotNull RegisterScope scope, @NotNull LocalDate day) {
        return line(inForce(scope, day));
    }

    /** The unit's latest decision dated by the day. */
    private WomenCommittee inForce(RegisterScope scope, LocalDate day) {
        if (scope.kind() != RegisterScope.Kind.SCHOOL && scope.kind() != RegisterScope.Kind.DISTRICT_OFFICE) {
            throw new IllegalArgumentException("One unit's committee only");
        }
        access.requireReadable(scope);
        return scope.bind(em.createQuery("SELECT c FROM WomenCommittee c WHERE " + scope.condition("c")
                        + " AND c.decidedOn <= :day ORDER BY c.decidedOn DESC, c.id DESC", WomenCommittee.class))
                .setParameter("day", day).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private static CommitteeDecisionLine line(WomenCommittee c) {
        if (c == null) {
            return null;
        }
        return new CommitteeDecisionLine(c.getId(), c.getSchool() == null ? null : c.getSchool().getId(),
                c.getSchool() == null ? c.getDistrict().getOfficeName() : c.getSchool().getName(), c.getDecisionNumber(),
                c.getDecidedOn(), c.getSignerBody(), c.getVersion());
    }

    /** Opens a meeting's minutes for a caller who may read the meeting; audited like case attachments. */
    public MinutesDownload minutes(long meetingId) {
        CommitteeMeeting meeting = access.requireReadable(em.find(CommitteeMeeting.class, meetingId));
        CommitteeMinutes file = meeting.getMinutes();
        if (file == null) {
            throw new RecordNotFoundException();
        }
        audit.record(access.caller(), AuditAction.ATTACHMENT_DOWNLOADED, meeting);
        return new MinutesDownload(file.getFileName(), file.getContentType(), file.getContent());
    }
}
