package vn.tincay.register;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;

/**
 * The district's inspection plan: the coordinator plans an inspection of one of the district's
 * schools and records its result; the inspected school reads its own.
 */
public final class InspectionKind extends RegisterKind<InspectionPlanItem, InspectionDraft> {

    InspectionKind() {
        super(InspectionPlanItem.class, InspectionPlanItem::new);
    }

    @Override
    public InspectionDraft newDraft() {
        return new InspectionDraft();
    }

    @Override
    public InspectionDraft draftOf(InspectionPlanItem row) {
        return InspectionDraft.of(row);
    }

    /** A new row of the coordinator's district, for the school chosen in the form. */
    @Override
    protected InspectionPlanItem newRow(RegisterAccess access, InspectionDraft draft, String by, Instant at) {
        long districtId = access.requireCoordinator();
        return new InspectionPlanItem(access.district(districtId), access.schoolOf(draft.getSchoolId(), districtId),
                by, at);
    }

    /** Only the coordinator of the row's district changes the plan. */
    @Override
    protected InspectionPlanItem changeable(RegisterAccess access, InspectionPlanItem row) {
        long districtId = access.requireCoordinator();
        if (row == null || !Objects.equals(row.getDistrict().getId(), districtId)) {
            throw new RecordNotFoundException();
        }
        return row;
    }

    @Override
    protected boolean mayChange(RegisterAccess access, InspectionPlanItem row) {
        return access.ownUnit().isDistrictOffice();
    }

    /** The inspected school is part of the row's identity: another school is a new plan item. */
    @Override
    protected void checkChange(InspectionPlanItem row, InspectionDraft draft) {
        if (!row.getSchool().getId().equals(draft.getSchoolId())) {
            throw new UserFacingException("register.error.schoolFixed");
        }
    }

    @Override
    protected void write(InspectionPlanItem row, InspectionDraft draft, String by, Instant at) {
        row.plan(draft.getPlannedOn(), draft.getContent().strip(), by, at);
        if (draft.hasResult()) {
            row.recordResult(draft.getDoneOn(), Text.trimToNull(draft.getFindings()),
                    Text.trimToNull(draft.getRecommendations()), LocalTime.today(Clock.fixed(at, ZoneOffset.UTC)),
                    by, at);
        }
        row.cover(draft.getChecklist(), by, at);
    }
}
