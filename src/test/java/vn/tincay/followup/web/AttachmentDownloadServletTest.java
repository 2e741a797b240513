package vn.tincay.followup.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AttachmentDownloadServletTest {

    @Test
    void aDownloadIsAlwaysAnAttachmentWithAnAsciiFallbackAndTheUtf8Name() {
        assertEquals("attachment; filename=\"bien ban lam viec.pdf\"; "
                        + "filename*=UTF-8''bi%C3%AAn%20b%E1%BA%A3n%20l%C3%A0m%20vi%E1%BB%87c.pdf",
                AttachmentDownloadServlet.contentDisposition("biên bản làm việc.pdf"));
    }

    @Test
    void theLetterDBarBecomesD() {
        assertEquals("attachment; filename=\"Don de nghi.docx\"; filename*=UTF-8''%C4%90%C6%A1n%20%C4%91%E1%BB%81%20ngh%E1%BB%8B.docx",
                AttachmentDownloadServlet.contentDisposition("Đơn đề nghị.docx"));
    }

    @Test
    void aCaseIdParameterMustBeANumber() {
        assertEquals(42L, CaseIdParameter.parse("42"));
        assertEquals(null, CaseIdParameter.parse("42 OR 1=1"));
        assertEquals(null, CaseIdParameter.parse(null));
        assertEquals(null, CaseIdParameter.parse("-1"));
    }
}
