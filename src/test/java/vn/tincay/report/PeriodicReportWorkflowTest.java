package vn.tincay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.tincay.organisation.District;
import vn.tincay.organisation.Ownership;
import vn.tincay.organisation.Province;
import vn.tincay.organisation.School;
import vn.tincay.organisation.SchoolLevel;
import vn.tincay.platform.UserFacingException;

class PeriodicReportWorkflowTest {

    private static final Instant MAY_5 = Instant.parse("2026-05-05T02:00:00Z");
    private static final Instant MAY_13_LATE = Instant.parse("2026-05-12T18:00:00Z"); // 13/05 01:00 in Vietnam
    private static final LocalDate DUE = LocalDate.of(2026, 5, 12);

    static District district() {
        return new District(new Province("TX", "Tỉnh X", "Sở X"), "HX", "Huyện X", "Phòng GD&ĐT Huyện X");
    }

    static PeriodicReport schoolReport() {
        District district = district();
        School school = new School(district, "HX-TH", "Trường Tiểu học X", SchoolLevel.PRIMARY, Ownership.PUBLIC);
        return numbered(new PeriodicReport(district, school, 1L, "principal", MAY_5));
    }

    /** A report with its number, as the form offers it: only a numbered report can be submitted. */
    private static PeriodicReport numbered(PeriodicReport report) {
        report.edit(new ReportContent(), "principal", MAY_5);
        report.edit(text(""), "principal", MAY_5);
        return report;
    }

    static PeriodicReport districtReport() {
        return numbered(new PeriodicReport(district(), null, 1L, "coordinator", MAY_5));
    }

    private static ReportContent text(String general) {
        ReportContent content = new ReportContent().text(ReportSection.I, general);
        content.setDocumentNumber("3/BC-TH");
        return content;
    }

    @Test
    void aReportWithoutARealNumberCannotBeSubmitted() {
        PeriodicReport report = new PeriodicReport(district(), null, 1L, "coordinator", MAY_5);
        for (String placeholder : new String[] {null, "", "…/BC-PGDĐT", ".../BC-PGDĐT", "Số: /BC-PGDĐT", "BC-PGDĐT"}) {
            ReportContent content = text("x");
            content.setDocumentNumber(placeholder);
            report.edit(content, "coordinator", MAY_5);
            UserFacingException refused = assertThrows(UserFacingException.class,
                    () -> report.submit("coordinator", MAY_5), String.valueOf(placeholder));
            assertEquals("report.error.numberRequired", refused.getMessageKey());
            assertEquals(ReportStatus.DRAFT, report.getStatus());
        }
        ReportContent content = text("x");
        content.setDocumentNumber("12/BC-PGDĐT");
        report.edit(content, "coordinator", MAY_5);
        report.submit("coordinator", MAY_5);
        assertEquals(ReportStatus.SUBMITTED, report.getStatus());
    }

    @Test
    void aNewReportIsAnEditableDraft() {
        PeriodicReport report = schoolReport();
        assertEquals(ReportStatus.DRAFT, report.getStatus());
        assertTrue(report.getStatus().isEditable());
        report.edit(text("Tình hình chung"), "principal", MAY_5);
        assertEquals("Tình hình chung", report.content().text(ReportSection.I));
    }

    @Test
    void aSubmittedReportCannotBeEditedUntilItIsReturned() {
        PeriodicReport report = schoolReport();
        report.submit("principal", MAY_5);
        assertEquals(ReportStatus.SUBMITTED, report.getStatus());
        UserFacingException refused = assertThrows(UserFacingException.class,
                () -> report.edit(text("sửa"), "principal", MAY_5));
        assertEquals("report.error.notEditable", refused.getMessageKey());
        assertThrows(UserFacingException.class, () -> report.submit("principal", MAY_5));
    }

    @Test
    void returningAReportNeedsAComment() {
        PeriodicReport report = schoolReport();
        report.submit("principal", MAY_5);
        assertEquals("report.error.commentRequired", assertThrows(UserFacingException.class,
                () -> report.returnForChanges("  ", "coordinator", MAY_5)).getMessageKey());
        assertEquals("report.error.commentRequired", assertThrows(UserFacingException.class,
                () -> report.returnForChanges(null, "coordinator", MAY_5)).getMessageKey());
        assertEquals(ReportStatus.SUBMITTED, report.getStatus());
    }

    @Test
    void aReturnedReportCarriesTheCommentAndCanBeChangedAndSubmittedAgain() {
        PeriodicReport report = schoolReport();
        report.submit("principal", MAY_5);
        report.returnForChanges("Bổ sung số liệu mục II.1 b)", "coordinator", MAY_5);
        assertEquals(ReportStatus.RETURNED, report.getStatus());
        assertEquals("Bổ sung số liệu mục II.1 b)", report.getReturnComment());
        report.edit(text("Đã bổ sung"), "principal", MAY_5);
        report.submit("principal", MAY_5);
        assertEquals(ReportStatus.SUBMITTED, report.getStatus());
    }

    @Test
    void anAcceptedReportIsLocked() {
        PeriodicReport report = schoolReport();
        report.submit("principal", MAY_5);
        report.accept("coordinator", MAY_5);
        assertEquals(ReportStatus.ACCEPTED, report.getStatus());
        assertFalse(report.getStatus().isEditable());
        assertEquals("report.error.locked", assertThrows(UserFacingException.class,
                () -> report.edit(text("sửa"), "principal", MAY_5)).getMessageKey());
        assertThrows(UserFacingException.class, () -> report.refreshFigures(new ReportFigures(), "principal", MAY_5));
        assertThrows(UserFacingException.class, () -> report.submit("principal", MAY_5));
        assertThrows(UserFacingException.class, () -> report.returnForChanges("x", "coordinator", MAY_5));
        assertThrows(UserFacingException.class, () -> report.accept("coordinator", MAY_5));
    }

    @Test
    void aDraftCannotBeAcceptedOrReturned() {
        PeriodicReport report = schoolReport();
        assertEquals("report.error.notSubmitted", assertThrows(UserFacingException.class,
                () -> report.accept("coordinator", MAY_5)).getMessageKey());
        assertThrows(UserFacingException.class, () -> report.returnForChanges("x", "coordinator", MAY_5));
    }

    @Test
    void theDistrictReportHasNoReviewAndIsFinalOnceSubmitted() {
        PeriodicReport report = districtReport();
        report.submit("coordinator", MAY_5);
        assertEquals("report.error.noReview", assertThrows(UserFacingException.class,
                () -> report.accept("coordinator", MAY_5)).getMessageKey());
        assertThrows(UserFacingException.class, () -> report.edit(text("x"), "coordinator", MAY_5));
    }

    @Test
    void theDistrictReportNeverCarriesACaseCode() {
        PeriodicReport report = districtReport();
        ReportContent content = new ReportContent();
        content.getCases().add(new ReportedCase(5L, "HX-2026-0005", "Tóm tắt"));
        assertThrows(IllegalArgumentException.class, () -> report.edit(content, "coordinator", MAY_5));
    }

    @Test
    void aCitedCaseNeedsASummary() {
        PeriodicReport report = schoolReport();
        ReportContent content = new ReportContent();
        content.getCases().add(new ReportedCase(5L, "HX-2026-0005", " "));
        assertEquals("report.error.caseSummaryMissing", assertThrows(UserFacingException.class,
                () -> report.edit(content, "principal", MAY_5)).getMessageKey());
    }

    @Test
    void aReportFirstSubmittedAfterTheDueDateInVietnamIsLateEvenIfResubmittedLater() {
        PeriodicReport onTime = schoolReport();
        onTime.submit("principal", MAY_5);
        assertFalse(onTime.isLate(DUE));
        PeriodicReport late = schoolReport();
        late.submit("principal", MAY_13_LATE);
        assertTrue(late.isLate(DUE));
        assertEquals(LocalDate.of(2026, 5, 13), late.getReportDate());
        PeriodicReport returned = schoolReport();
        returned.submit("principal", MAY_5);
        returned.returnForChanges("Sửa", "coordinator", MAY_5);
        returned.submit("principal", MAY_13_LATE);
        assertFalse(returned.isLate(DUE), "lateness counts from the first submission");
        assertNotNull(returned.getSubmittedAt());
    }

    @Test
    void everyVersionKeepsTheFullContentAndDecodesToTheSame() {
        PeriodicReport report = schoolReport();
        ReportContent content = SampleReports.content(3);
        content.setDocumentNumber("5/BC-TH");
        content.setRecipients("- Phòng GD&ĐT;\n- Lưu: VT.");
        content.setPlace(" Bình Yên");
        report.edit(content, "principal", MAY_5);
        report.refreshFigures(SampleReports.figures(3), "principal", MAY_5);
        report.submit("principal", MAY_5);
        ReportVersion version = new ReportVersion(report, 2, ReportAction.SUBMITTED, null, "principal", MAY_5);
        ReportSnapshot snapshot = version.snapshot();
        assertEquals(ReportStatus.SUBMITTED, snapshot.status());
        assertEquals(report.content(), snapshot.content());
        assertEquals(report.figures(), snapshot.figures());
        assertEquals(LocalDate.of(2026, 5, 5), snapshot.reportDate());
    }

    @Test
    void aSnapshotSurvivesLineBreaksBackslashesAndLeadingSpaces() {
        ReportContent content = new ReportContent().text(ReportSection.III, "  thụt lề\\n không phải xuống dòng\r\n"
                + "dòng mới\t# không phải chú thích = không phải khóa");
        content.setSignerTitle("KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG");
        ReportSnapshot snapshot = new ReportSnapshot(ReportStatus.DRAFT, null, content, new ReportFigures());
        assertEquals(content, ReportSnapshot.decode(snapshot.encode()).content());
    }
}
