package vn.tincay.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.tincay.register.ActionMonth;
import vn.tincay.register.ActionMonthTotals;
import vn.tincay.register.GroupShare;
import vn.tincay.register.StaffStatisticsSummary;
import vn.tincay.register.TargetRange;
import vn.tincay.register.WomenShare;
import vn.tincay.statistics.StatTable.ChartSpec;
import vn.tincay.statistics.StatTable.ChartType;

/**
 * The two dashboard tables that come from the gender-equality register (summed in the database by
 * {@link vn.tincay.register.RegisterQueries}): women's share in leadership against the district's
 * target, and communication activities per action month.
 */
public final class RegisterTables {

    private RegisterTables() {
    }

    /**
     * Women and all people of each staff group, the women's share, and for the targeted groups
     * (leaders and managers, party committee members) the target range and whether it is met.
     */
    public static StatTable womenShare(StaffStatisticsSummary summary) {
        TargetRange target = summary.target();
        List<StatRow> rows = new ArrayList<>();
        for (GroupShare group : summary.counts().groups()) {
            WomenShare share = group.share();
            Cell status;
            if (group.targeted()) {
                status = Cell.text("TargetStatus." + share.against(target).name());
            } else if (group.group().equals("standingCommittee") && share.hasNoWoman()) {
                status = Cell.text("register.staff.noWomanBadge");
            } else {
                status = Cell.NONE;
            }
            rows.add(StatRow.of(Label.key("register.staff.group." + group.group()), Cell.count(share.female()),
                    Cell.count(share.total()), Cell.percent(percent(share.percent())),
                    group.targeted() ? Cell.percent(target.minPercent().doubleValue()) : Cell.NONE,
                    group.targeted() ? Cell.percent(target.maxPercent().doubleValue()) : Cell.NONE, status));
        }
        List<Label> notes = new ArrayList<>(StatTable.notes("stats.note.womenShare"));
        if (summary.isEmpty()) {
            notes.add(Label.key("stats.note.noStaffStatistics"));
        } else {
            notes.add(Label.message("stats.note.unitsCounted", Long.toString(summary.unitsCounted())));
        }
        if (!summary.unitsWithoutWomanInStandingCommittee().isEmpty()) {
            notes.add(Label.message("stats.note.standingCommitteeWithoutWoman",
                    String.join(", ", summary.unitsWithoutWomanInStandingCommittee())));
        }
        return new StatTable("womenShare", "stats.womenShare.title", "register.staff.group",
                List.of("register.staff.women", "register.staff.total", "register.staff.share", "stats.col.targetMin",
                        "stats.col.targetMax", "stats.col.targetStatus"),
                rows, null, notes, ChartSpec.of(ChartType.BAR, 2, 3, 4).withLines(3, 4));
    }

    /** Activities and participants by sex per action month (June; 15/11–15/12; none). */
    public static StatTable actionMonths(List<ActionMonthTotals> totals) {
        List<StatRow> rows = new ArrayList<>();
        long activities = 0;
        long female = 0;
        long male = 0;
        for (ActionMonth month : List.of(ActionMonth.DOMESTIC_VIOLENCE_JUNE, ActionMonth.GENDER_EQUALITY_NOV_DEC,
                ActionMonth.NONE)) {
            ActionMonthTotals t = totals.stream().filter(x -> x.actionMonth() == month).findFirst()
                    .orElse(new ActionMonthTotals(month, 0, 0, 0));
            activities += t.activities();
            female += t.participantsFemale();
            male += t.participantsMale();
            rows.add(StatRow.of(Label.key(month == ActionMonth.NONE ? "ActionMonth.NONE" : "ActionMonth.short." + month),
                    Cell.count(t.activities()), Cell.count(t.participantsFemale()), Cell.count(t.participantsMale()),
                    Cell.count(t.participantsTotal())));
        }
        return new StatTable("actionMonths", "stats.actionMonths.title", "stats.col.actionMonth",
                List.of("stats.col.activities", "stats.col.participantsFemale", "stats.col.participantsMale",
                        "stats.col.participants"),
                rows, StatRow.of(Label.key("stats.total"), Cell.count(activities), Cell.count(female), Cell.count(male),
                        Cell.count(female + male)),
                StatTable.notes("stats.note.actionMonths"), ChartSpec.of(ChartType.BAR, 0));
    }

    private static Double percent(BigDecimal percent) {
        return percent == null ? null : percent.doubleValue();
    }
}
