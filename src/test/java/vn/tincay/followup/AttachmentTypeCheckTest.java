package vn.tincay.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.tincay.platform.UserFacingException;

class AttachmentTypeCheckTest {

    private static String refusal(byte[] content) {
        return assertThrows(UserFacingException.class, () -> AttachmentTypeCheck.check(content)).getMessageKey();
    }

    @Test
    void aPdfIsAcceptedByItsContent() {
        assertEquals(AttachmentType.PDF, AttachmentTypeCheck.check(EvidenceFiles.pdf()));
    }

    @Test
    void jpegAndPngImagesAreAcceptedByTheirContent() {
        assertEquals(AttachmentType.JPEG, AttachmentTypeCheck.check(EvidenceFiles.image("jpg")));
        assertEquals(AttachmentType.PNG, AttachmentTypeCheck.check(EvidenceFiles.image("png")));
    }

    @Test
    void aWordDocumentIsAcceptedWhateverTheOrderOfItsParts() {
        assertEquals(AttachmentType.DOCX, AttachmentTypeCheck.check(EvidenceFiles.docx()));
        assertEquals(AttachmentType.DOCX, AttachmentTypeCheck.check(EvidenceFiles.docxDocumentFirst()));
    }

    @Test
    void aRenamedExecutableIsRefused() {
        // The check never sees a name: "hoa-don.pdf" or not, these bytes are a program.
        assertEquals("attachment.error.type", refusal(EvidenceFiles.windowsExecutable()));
    }

    @Test
    void aTextFileNamedPdfIsRefused() {
        assertEquals("attachment.error.type", refusal(EvidenceFiles.text()));
    }

    @Test
    void htmlIsRefused() {
        assertEquals("attachment.error.type", refusal(EvidenceFiles.html()));
    }

    @Test
    void otherOfficePackagesMacrosAndPlainZipsAreRefused() {
        assertEquals("attachment.error.type", refusal(EvidenceFiles.xlsx()));
        assertEquals("attachment.error.type", refusal(EvidenceFiles.docm()));
        assertEquals("attachment.error.type", refusal(EvidenceFiles.plainZip()));
    }

    @Test
    void aBrokenZipIsRefused() {
        byte[] docx = EvidenceFiles.docx();
        assertEquals("attachment.error.type", refusal(Arrays.copyOf(docx, docx.length / 2)));
    }

    @Test
    void tenMegabytesAreAcceptedAndOneByteMoreIsRefused() {
        assertEquals(AttachmentType.PDF, AttachmentTypeCheck.check(EvidenceFiles.pdfOfSize(AttachmentTypeCheck.MAX_BYTES)));
        assertEquals("attachment.error.tooLarge", refusal(EvidenceFiles.pdfOfSize(AttachmentTypeCheck.MAX_BYTES + 1)));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertEquals("attachment.error.empty", refusal(new byte[0]));
        assertEquals("attachment.error.empty", refusal(null));
    }
}
