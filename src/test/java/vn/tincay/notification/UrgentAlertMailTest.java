package vn.tincay.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UrgentAlertMailTest {

    @Test
    void theLinkIsTheBaseUrlWithoutTrailingSlashThenTheCasePage() {
        assertEquals("https://tincay.example/incident/view.xhtml?id=42",
                UrgentAlertMail.caseLink("https://tincay.example//", 42));
        assertEquals("http://localhost:8080/incident/view.xhtml?id=7", UrgentAlertMail.caseLink(null, 7));
        assertEquals("http://localhost:8080/incident/view.xhtml?id=7", UrgentAlertMail.caseLink(" ", 7));
    }

    @Test
    void subjectAndBodyAreInVietnameseWithTheEnglishBelow() {
        MailContent mail = UrgentAlertMail.compose("HDEMO-2026-0042", 42, "https://tincay.example");
        assertTrue(mail.subject().startsWith("[Tin Cậy] Sự việc khẩn cấp HDEMO-2026-0042"), mail.subject());
        assertTrue(mail.subject().endsWith("Urgent incident HDEMO-2026-0042"), mail.subject());
        int vietnamese = mail.body().indexOf("Mã hồ sơ: HDEMO-2026-0042");
        int english = mail.body().indexOf("Case code: HDEMO-2026-0042");
        assertTrue(vietnamese >= 0 && english > vietnamese, mail.body());
    }

    @Test
    void theBodyCarriesTheCaseCodeAndTheLinkInBothLanguages() {
        MailContent mail = UrgentAlertMail.compose("HDEMO-2026-0042", 42, "https://tincay.example/");
        String link = "https://tincay.example/incident/view.xhtml?id=42";
        assertEquals(2, occurrences(mail.body(), link));
        assertEquals(2, occurrences(mail.body(), "HDEMO-2026-0042"));
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
