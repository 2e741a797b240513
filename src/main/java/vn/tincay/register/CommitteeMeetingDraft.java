package vn.tincay.register;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A committee meeting as typed into its form, with the minutes file chosen for it (kept in the form
 * until it is saved, then checked by its content) or the one already stored.
 */
public class CommitteeMeetingDraft extends RegisterDraft {

    private static final long serialVersionUID = 1L;

    @NotNull
    @PastOrPresent
    private LocalDate heldOn;
    @NotBlank
    @Size(max = CommitteeMeeting.CONTENT)
    private String content;

    private String storedMinutesName;
    private String newMinutesName;
    private byte[] newMinutes;
    private boolean removeMinutes;

    public static CommitteeMeetingDraft of(CommitteeMeeting m) {
        CommitteeMeetingDraft d = new CommitteeMeetingDraft();
        d.readFrom(m);
        d.heldOn = m.getHeldOn();
        d.content = m.getContent();
        d.storedMinutesName = m.getMinutes() == null ? null : m.getMinutes().getFileName();
        return d;
    }

    /** Keeps a chosen file for the minutes until the form is saved. */
    public void chooseMinutes(String fileName, byte[] content) {
        this.newMinutesName = fileName;
        this.newMinutes = content == null ? null : content.clone();
        this.removeMinutes = false;
    }

    public boolean hasNewMinutes() {
        return newMinutes != null;
    }

    byte[] newMinutes() {
        return newMinutes == null ? null : newMinutes.clone();
    }

    public String getNewMinutesName() {
        return newMinutesName;
    }

    public String getStoredMinutesName() {
        return storedMinutesName;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public boolean isRemoveMinutes() {
        return removeMinutes;
    }

    public void setRemoveMinutes(boolean removeMinutes) {
        this.removeMinutes = removeMinutes;
    }
}
