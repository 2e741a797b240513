package vn.tincay.followup;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.tika.Tika;
import vn.tincay.platform.UserFacingException;

/**
 * Decides what an uploaded file is from its bytes (Apache Tika's magic detection), never from its
 * name or the browser's claim. Only PDF, JPEG, PNG and DOCX up to {@link #MAX_BYTES} are evidence.
 * Tika's core detector sees a DOCX only as a ZIP (or "some OOXML"), so the package's central
 * directory is read to confirm a Word document without macros – without inflating anything, so a
 * ZIP bomb costs nothing.
 */
public final class AttachmentTypeCheck {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final Tika TIKA = new Tika();
    private static final int EOCD_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_HEADER_SIGNATURE = 0x02014b50;
    private static final int EOCD_MIN_LENGTH = 22;
    private static final int MAX_ZIP_COMMENT = 0xFFFF;
    private static final int MAX_ENTRIES = 10_000;

    private AttachmentTypeCheck() {
    }

    /**
     * @return the accepted type of the content
     * @throws UserFacingException when the file is empty, too large or not one of the accepted types
     */
    public static AttachmentType check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new UserFacingException("attachment.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new UserFacingException("attachment.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String detected = TIKA.detect(content);
        switch (detected) {
            case "application/pdf":
                return AttachmentType.PDF;
            case "image/jpeg":
                return AttachmentType.JPEG;
            case "image/png":
                return AttachmentType.PNG;
            case "application/zip", "application/x-tika-ooxml",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
                if (isWordDocument(content)) {
                    return AttachmentType.DOCX;
                }
                throw new UserFacingException("attachment.error.type");
            default:
                throw new UserFacingException("attachment.error.type");
        }
    }

    /** A Word package: content types, a main document part, and no macro project. */
    static boolean isWordDocument(byte[] zip) {
        Set<String> names = entryNames(zip);
        return names.contains("[Content_Types].xml") && names.contains("word/document.xml")
                && !names.contains("word/vbaProject.bin");
    }

    /** The entry names from the ZIP's central directory; empty when it is not a readable ZIP. */
    static Set<String> entryNames(byte[] zip) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = endOfCentralDirectory(buffer);
        if (end < 0) {
            return Set.of();
        }
        int entries = Short.toUnsignedInt(buffer.getShort(end + 10));
        long offset = Integer.toUnsignedLong(buffer.getInt(end + 16));
        Set<String> names = new HashSet<>();
        long position = offset;
        for (int i = 0; i < entries && i < MAX_ENTRIES; i++) {
            if (position < 0 || position + 46 > zip.length || buffer.getInt((int) position) != CENTRAL_HEADER_SIGNATURE) {
                return Set.of();
            }
            int p = (int) position;
            int nameLength = Short.toUnsignedInt(buffer.getShort(p + 28));
            int extraLength = Short.toUnsignedInt(buffer.getShort(p + 30));
            int commentLength = Short.toUnsignedInt(buffer.getShort(p + 32));
            if (p + 46L + nameLength > zip.length) {
                return Set.of();
            }
            names.add(new String(zip, p + 46, nameLength, StandardCharsets.UTF_8));
            position = p + 46L + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static int endOfCentralDirectory(ByteBuffer buffer) {
        int last = buffer.capacity() - EOCD_MIN_LENGTH;
        int first = Math.max(0, last - MAX_ZIP_COMMENT);
        for (int p = last; p >= first; p--) {
            if (buffer.getInt(p) == EOCD_SIGNATURE) {
                return p;
            }
        }
        return -1;
    }
}
