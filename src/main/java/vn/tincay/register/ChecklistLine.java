package vn.tincay.register;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** One topic of a checklist as typed into a form: covered or not, its result and remark. */
public class ChecklistLine implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private ChecklistTopic topic;
    private boolean covered;
    private ChecklistResult result;
    @Size(max = ChecklistEntry.REMARK)
    private String remark;

    public ChecklistLine() {
    }

    public ChecklistLine(ChecklistTopic topic, boolean covered, ChecklistResult result, String remark) {
        this.topic = topic;
        this.covered = covered;
        this.result = result;
        this.remark = remark;
    }

    public ChecklistTopic getTopic() {
        return topic;
    }

    public void setTopic(ChecklistTopic topic) {
        this.topic = topic;
    }

    public boolean isCovered() {
        return covered;
    }

    public void setCovered(boolean covered) {
        this.covered = covered;
    }

    public ChecklistResult getResult() {
        return result;
    }

    public void setResult(ChecklistResult result) {
        this.result = result;
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }
}
