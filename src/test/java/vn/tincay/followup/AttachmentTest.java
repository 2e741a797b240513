package vn.tincay.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AttachmentTest {

    @Test
    void aFileNameKeepsItsVietnameseLettersAndLosesItsFolders() {
        assertEquals("biên bản làm việc.pdf",
                Attachment.cleanFileName("C:\\Users\\gv\\Tài liệu\\biên bản làm việc.pdf", AttachmentType.PDF));
        assertEquals("ảnh.jpg", Attachment.cleanFileName("/home/gv/ảnh.jpg", AttachmentType.JPEG));
    }

    @Test
    void aNameWhoseExtensionDoesNotMatchTheContentGetsTheRightOne() {
        assertEquals("hoa-don.exe.pdf", Attachment.cleanFileName("hoa-don.exe", AttachmentType.PDF));
        assertEquals("anh.JPEG", Attachment.cleanFileName("anh.JPEG", AttachmentType.JPEG));
        assertEquals("scan.png", Attachment.cleanFileName("scan", AttachmentType.PNG));
    }

    @Test
    void markupQuotesAndControlCharactersAreReplaced() {
        String name = Attachment.cleanFileName("a\"b<c>d\r\n.docx", AttachmentType.DOCX);
        assertEquals("a_b_c_d__.docx", name);
    }

    @Test
    void aHiddenOrEmptyNameGetsAPlainOne() {
        assertEquals("tep-dinh-kem.pdf", Attachment.cleanFileName("", AttachmentType.PDF));
        assertEquals("tep-dinh-kem.pdf", Attachment.cleanFileName(null, AttachmentType.PDF));
        assertEquals("htaccess.pdf", Attachment.cleanFileName(".htaccess", AttachmentType.PDF));
    }

    @Test
    void aLongNameIsCutButKeepsItsExtension() {
        String name = Attachment.cleanFileName("ả".repeat(400) + ".docx", AttachmentType.DOCX);
        assertEquals(Attachment.NAME, name.length());
        assertTrue(name.endsWith(".docx"));
    }

    @Test
    void namesAndContentsOfDifferentCasesAreEncryptedForDifferentPurposes() {
        assertNotEquals(Attachment.namePurpose(1), Attachment.namePurpose(2));
        assertNotEquals(Attachment.contentPurpose(1), Attachment.namePurpose(1));
    }
}
