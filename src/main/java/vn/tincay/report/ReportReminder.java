package vn.tincay.report;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A deadline reminder sent to one unit for one period; its unique key makes it go out only once. */
@Entity
@Table(name = "report_reminder")
public class ReportReminder extends UnitReminder {

    protected ReportReminder() {
    }

    public ReportReminder(long periodId, long districtId, Long schoolId, int recipients, Instant sentAt) {
        super(periodId, districtId, schoolId, recipients, sentAt);
    }
}
