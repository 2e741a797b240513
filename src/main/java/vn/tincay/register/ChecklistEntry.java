package vn.tincay.register;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/**
 * One topic of a checklist as stored: the topic an inspection covers, and once assessed its result
 * and remark (result null: not assessed yet). A row of inspection_checklist_item.
 */
@Embeddable
public class ChecklistEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int REMARK = 1000;

    @Enumerated(EnumType.STRING)
    @Column(name = "topic", nullable = false, length = ChecklistTopic.NAME)
    private ChecklistTopic topic;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", length = 16)
    private ChecklistResult result;

    @Column(name = "remark", length = REMARK)
    private String remark;

    protected ChecklistEntry() {
    }

    ChecklistEntry(ChecklistTopic topic, ChecklistResult result, String remark) {
        this.topic = Objects.requireNonNull(topic);
        this.result = result;
        this.remark = remark;
    }

    public ChecklistTopic getTopic() {
        return topic;
    }

    public ChecklistResult getResult() {
        return result;
    }

    public String getRemark() {
        return remark;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChecklistEntry e && e.topic == topic && e.result == result
                && Objects.equals(e.remark, remark);
    }

    @Override
    public int hashCode() {
        return Objects.hash(topic, result, remark);
    }

    @Override
    public String toString() {
        return topic + ":" + result;
    }
}
