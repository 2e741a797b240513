package vn.tincay.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.tincay.followup.Referral;

/**
 * The body of an answer to a referral or of marking a next step done: the version the client last
 * read (a changed record answers 409) and, where the step takes one, a note.
 */
public class VersionedNote {

    @NotNull
    private Integer version;
    @Size(max = Referral.TEXT)
    private String note;

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
