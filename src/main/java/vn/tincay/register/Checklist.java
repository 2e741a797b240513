package vn.tincay.register;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tincay.platform.UserFacingException;

/**
 * The rules of the inspection checklist, shared by the district's inspections and the schools'
 * self-inspections: which topics are covered, and once the inspection is carried out a result for
 * every covered topic, with a remark wherever the topic is not fully met. Topics are numbered as in
 * the letter (1 to 6) in the messages.
 */
public final class Checklist {

    private Checklist() {
    }

    /** One form line per topic, in the letter's order: covered when stored (or, allCovered, always). */
    public static List<ChecklistLine> lines(Collection<ChecklistEntry> stored, boolean allCovered) {
        Map<ChecklistTopic, ChecklistEntry> byTopic = new EnumMap<>(ChecklistTopic.class);
        for (ChecklistEntry entry : stored) {
            byTopic.put(entry.getTopic(), entry);
        }
        List<ChecklistLine> lines = new ArrayList<>();
        for (ChecklistTopic topic : ChecklistTopic.values()) {
            ChecklistEntry entry = byTopic.get(topic);
            lines.add(entry == null ? new ChecklistLine(topic, allCovered, null, null)
                    : new ChecklistLine(topic, true, entry.getResult(), entry.getRemark()));
        }
        return lines;
    }

    /** Whether a result or remark was typed for any topic. */
    public static boolean anyAssessment(List<ChecklistLine> lines) {
        return lines != null && lines.stream().anyMatch(l -> l.getResult() != null || Text.trimToNull(l.getRemark()) != null);
    }

    /**
     * The entries to store for the covered topics, in the letter's order.
     *
     * @param assessed the inspection has been carried out: every covered topic needs its result
     * @throws UserFacingException when a result is missing, given for a topic not covered, or a topic
     *                             not fully met has no remark
     */
    public static List<ChecklistEntry> entries(List<ChecklistLine> lines, boolean assessed) {
        Map<ChecklistTopic, ChecklistEntry> entries = new EnumMap<>(ChecklistTopic.class);
        Set<ChecklistTopic> seen = EnumSet.noneOf(ChecklistTopic.class);
        for (ChecklistLine line : lines == null ? List.<ChecklistLine>of() : lines) {
            ChecklistTopic topic = line.getTopic();
            if (topic == null || !seen.add(topic)) {
                throw new IllegalArgumentException("Each topic once: " + topic);
            }
            int number = topic.ordinal() + 1;
            String remark = Text.trimToNull(line.getRemark());
            ChecklistResult result = line.getResult();
            if (!line.isCovered()) {
                if (result != null || remark != null) {
                    throw new UserFacingException("register.inspectionCheck.error.notCovered", number);
                }
                continue;
            }
            if (assessed && result == null) {
                throw new UserFacingException("register.inspectionCheck.error.resultRequired", number);
            }
            if (result != null && result.needsRemark() && remark == null) {
                throw new UserFacingException("register.inspectionCheck.error.remarkRequired", number);
            }
            if (remark != null && remark.length() > ChecklistEntry.REMARK) {
                throw new UserFacingException("register.inspectionCheck.error.remarkTooLong", number);
            }
            entries.put(topic, new ChecklistEntry(topic, result, remark));
        }
        return new ArrayList<>(entries.values());
    }

    /** How many topics were covered and how the assessed ones came out. */
    public static ChecklistTally tally(Collection<ChecklistEntry> entries) {
        long met = 0;
        long partly = 0;
        long notMet = 0;
        for (ChecklistEntry entry : entries) {
            if (entry.getResult() == ChecklistResult.MET) {
                met++;
            } else if (entry.getResult() == ChecklistResult.PARTLY_MET) {
                partly++;
            } else if (entry.getResult() == ChecklistResult.NOT_MET) {
                notMet++;
            }
        }
        return new ChecklistTally(entries.size(), met, partly, notMet);
    }

    /** Replaces a row's stored checklist with new entries (the collection EclipseLink tracks stays the same). */
    static void replace(List<ChecklistEntry> stored, List<ChecklistEntry> entries) {
        stored.clear();
        stored.addAll(entries);
    }
}
