package vn.tincay.followup;

/** An attachment opened for download: the cleaned name, the detected content type and the bytes. */
public record AttachmentDownload(String fileName, String contentType, byte[] content) {

    @Override
    public String toString() {
        return "AttachmentDownload[" + contentType + ", " + content.length + " bytes]";
    }
}
