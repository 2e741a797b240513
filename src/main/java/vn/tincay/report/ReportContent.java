package vn.tincay.report;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the unit writes in a report: the document header fields, the text of every section of the
 * outline and the cases chosen for II.2 b). A plain form object (texts are keyed by section name so
 * pages can bind to them); the report entity validates and keeps it.
 */
public class ReportContent implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int SECTION_TEXT = 10000;
    public static final int DOCUMENT_NUMBER = 64;
    public static final int PLACE = 100;
    public static final int SIGNER = 200;
    public static final int RECIPIENTS = 1000;
    public static final int MAX_CASES = 20;

    private String documentNumber;
    private String place;
    private String signerTitle;
    private String signerName;
    private String recipients;
    private final Map<String, String> texts = new LinkedHashMap<>();
    private List<ReportedCase> cases = new ArrayList<>();

    public ReportContent() {
        for (ReportSection section : ReportSection.withText()) {
            texts.put(section.name(), "");
        }
    }

    public String text(ReportSection section) {
        String text = texts.get(section.name());
        return text == null ? "" : text;
    }

    public ReportContent text(ReportSection section, String text) {
        if (!section.holdsText()) {
            throw new IllegalArgumentException(section + " has no text");
        }
        texts.put(section.name(), text == null ? "" : text);
        return this;
    }

    public ReportContent copy() {
        ReportContent copy = new ReportContent();
        copy.documentNumber = documentNumber;
        copy.place = place;
        copy.signerTitle = signerTitle;
        copy.signerName = signerName;
        copy.recipients = recipients;
        copy.texts.putAll(texts);
        copy.cases = new ArrayList<>(cases.stream().map(ReportedCase::copy).toList());
        return copy;
    }

    /** Recipients one per line, as written under "Nơi nhận:". */
    public List<String> recipientLines() {
        if (recipients == null || recipients.isBlank()) {
            return List.of();
        }
        return recipients.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** Texts keyed by section name, for pages: {@code #{bean.content.texts['II_1_A']}}. */
    public Map<String, String> getTexts() {
        return texts;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public void setSignerTitle(String signerTitle) {
        this.signerTitle = signerTitle;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }

    public List<ReportedCase> getCases() {
        return cases;
    }

    public void setCases(List<ReportedCase> cases) {
        this.cases = cases == null ? new ArrayList<>() : cases;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReportContent c && Objects.equals(c.documentNumber, documentNumber)
                && Objects.equals(c.place, place) && Objects.equals(c.signerTitle, signerTitle)
                && Objects.equals(c.signerName, signerName) && Objects.equals(c.recipients, recipients)
                && c.texts.equals(texts) && c.cases.equals(cases);
    }

    @Override
    public int hashCode() {
        return Objects.hash(documentNumber, place, signerTitle, signerName, recipients, texts, cases);
    }
}
