package vn.tincay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.tincay.report.document.VietnameseText;

class ReportFileNamesTest {

    @Test
    void downloadNamesHaveNoDiacriticsAndSayWhatTheReportIs() {
        assertEquals("BaoCao_SoKet_2026_HDEMO-TH-SAOMAI.docx",
                PeriodicReportService.fileName("HDEMO-TH-SAOMAI", ReportKind.INTERIM, 2026, ReportStatus.SUBMITTED,
                        ExportFormat.DOCX));
        assertEquals("BaoCao_TongKet_2026_HDEMO_PGDDT_du-thao.pdf",
                PeriodicReportService.fileName("HDEMO_PGDDT", ReportKind.YEAR_END, 2026, ReportStatus.DRAFT,
                        ExportFormat.PDF));
        assertEquals("Truong_Tieu_hoc_Dong_Da", VietnameseText.asciiFileName("Trường Tiểu học Đống Đa"));
    }

    @Test
    void thePlaceIsTheDistrictNameWithoutItsKind() {
        assertEquals("Demo Bình Yên", VietnameseText.placeOf("Huyện Demo Bình Yên"));
        assertEquals("Tân Bình", VietnameseText.placeOf("Quận Tân Bình"));
        assertEquals("Khoái Châu", VietnameseText.placeOf("Khoái Châu"));
    }
}
