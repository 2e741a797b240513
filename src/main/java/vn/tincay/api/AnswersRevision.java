package vn.tincay.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import vn.tincay.incident.GbvAnswers;

/** The body of POST /incidents/{id}/answers: the version the client last read and all six answers. */
public class AnswersRevision {

    @NotNull
    private Integer version;
    @Valid
    @NotNull
    private GbvAnswers answers;

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public GbvAnswers getAnswers() {
        return answers;
    }

    public void setAnswers(GbvAnswers answers) {
        this.answers = answers;
    }
}
