package vn.tincay.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import vn.tincay.organisation.District;
import vn.tincay.organisation.School;

/** A plan, programme, guidance, decision or report the unit issued on gender equality (e.g. "142/PGDĐT"). */
@Entity
@Table(name = "issued_document")
public class IssuedDocument extends UnitRecord {

    public static final int NUMBER = 64;
    public static final int TITLE = 500;

    @NotBlank
    @Size(max = NUMBER)
    @Column(name = "doc_number", nullable = false, length = NUMBER)
    private String number;

    @NotNull
    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false, length = 16)
    private DocumentType type;

    @NotBlank
    @Size(max = TITLE)
    @Column(nullable = false, length = TITLE)
    private String title;

    protected IssuedDocument() {
    }

    public IssuedDocument(District district, School school, String by, Instant at) {
        super(district, school, by, at);
    }

    public void describe(String number, LocalDate issuedOn, DocumentType type, String title, String by, Instant at) {
        this.number = number == null ? null : number.strip();
        this.issuedOn = issuedOn;
        this.type = type;
        this.title = title;
        touch(by, at);
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public DocumentType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }
}
