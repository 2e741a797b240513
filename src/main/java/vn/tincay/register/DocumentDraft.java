package vn.tincay.register;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An issued document as typed into its form (id null: a new one). */
public class DocumentDraft extends RegisterDraft {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = IssuedDocument.NUMBER)
    private String number;
    @NotNull
    @PastOrPresent
    private LocalDate issuedOn;
    @NotNull
    private DocumentType type;
    @NotBlank
    @Size(max = IssuedDocument.TITLE)
    private String title;

    public static DocumentDraft of(IssuedDocument o) {
        DocumentDraft d = new DocumentDraft();
        d.readFrom(o);
        d.number = o.getNumber();
        d.issuedOn = o.getIssuedOn();
        d.type = o.getType();
        d.title = o.getTitle();
        return d;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public DocumentType getType() {
        return type;
    }

    public void setType(DocumentType type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
