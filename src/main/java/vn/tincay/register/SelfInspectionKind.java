package vn.tincay.register;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.RecordNotFoundException;

/** Self-inspections, kept by each school's focal point; the district office has none of its own. */
public final class SelfInspectionKind extends RegisterKind<SelfInspection, SelfInspectionDraft> {

    SelfInspectionKind() {
        super(SelfInspection.class, SelfInspection::new);
    }

    @Override
    public SelfInspectionDraft newDraft() {
        return new SelfInspectionDraft();
    }

    @Override
    public SelfInspectionDraft draftOf(SelfInspection row) {
        return SelfInspectionDraft.of(row);
    }

    /** Only a school inspects itself. */
    @Override
    protected SelfInspection newRow(RegisterAccess access, SelfInspectionDraft draft, String by, Instant at) {
        if (access.ownUnit().isDistrictOffice()) {
            throw new RecordNotFoundException();
        }
        return super.newRow(access, draft, by, at);
    }

    @Override
    protected void write(SelfInspection row, SelfInspectionDraft draft, String by, Instant at) {
        row.record(draft.getDoneOn(), draft.getChecklist(), Text.trimToNull(draft.getNote()),
                LocalTime.today(Clock.fixed(at, ZoneOffset.UTC)), by, at);
    }
}
