package vn.tincay.register;

/** A meeting's minutes opened for download: the cleaned name, the detected content type and the bytes. */
public record MinutesDownload(String fileName, String contentType, byte[] content) {

    @Override
    public String toString() {
        return "MinutesDownload[" + contentType + ", " + content.length + " bytes]";
    }
}
