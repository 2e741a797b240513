package vn.tincay.report.document;

import java.util.ArrayList;
import java.util.List;

/**
 * The two header columns of Decree 30/2020/NĐ-CP, measured with the real font so that no name of the
 * issuing body breaks where the word processor happens to run out of room: the left column is as
 * wide as its longest name (within what the national name leaves it), and a name that still does not
 * fit is split on purpose at the word boundary that balances its two lines. The short rule under the
 * issuing body is 40 % of its line (the decree: a third to a half).
 */
public record HeaderLayout(float tableWidth, float leftWidth, List<String> superiorLines, List<String> issuerLines,
                           float issuerRule, float titleRule) {

    /** Font sizes of the header (the decree allows 12–13 pt for the names, 13–14 pt for the motto). */
    public static final float NAME_SIZE = 12;
    public static final float MOTTO_SIZE = 13;
    /** Cell padding on each side, in points (Word's default cell margin is 5.4 pt). */
    public static final float PADDING = 5.4f;
    /** How far the header table reaches into each side margin, in points (1 cm), as official templates do. */
    public static final float OVERHANG = 72f / 2.54f;
    static final float RULE_SHARE = 0.4f;

    /** Text widths in points; {@link ReportFonts} measures with Liberation Serif, which has Times New Roman's metrics. */
    public interface Measure {
        float width(String text, boolean bold, float size);
    }

    public static HeaderLayout of(ReportDocument d, float textWidth, Measure measure) {
        float table = textWidth + 2 * OVERHANG;
        float national = measure.width(ReportDocument.NATIONAL_NAME, true, NAME_SIZE) + 2 * PADDING + 2;
        float wanted = Math.max(measure.width(d.superiorUnit(), false, NAME_SIZE),
                Math.max(measure.width(d.issuingUnit(), true, NAME_SIZE), measure.width(d.numberLine(), false,
                        NAME_SIZE))) + 2 * PADDING + 2;
        float left = Math.max(table * 0.35f, Math.min(wanted, table - national));
        float room = left - 2 * PADDING - 2;
        List<String> superior = fit(d.superiorUnit(), false, room, measure);
        List<String> issuer = fit(d.issuingUnit(), true, room, measure);
        float issuerWidth = 0;
        for (String line : issuer) {
            issuerWidth = Math.max(issuerWidth, measure.width(line, true, NAME_SIZE));
        }
        float titleWidth = Math.max(measure.width(d.subtitleLine(), true, 14), measure.width(d.titleLine(), true, 14));
        return new HeaderLayout(table, left, superior, issuer, issuerWidth * RULE_SHARE,
                Math.min(titleWidth, textWidth) * RULE_SHARE);
    }

    /** The text on one line if it fits, else on two lines split where the longer line is shortest. */
    static List<String> fit(String text, boolean bold, float room, Measure measure) {
        if (text == null || text.isBlank() || measure.width(text, bold, NAME_SIZE) <= room) {
            return List.of(text == null ? "" : text);
        }
        String[] words = text.strip().split("\\s+");
        int best = -1;
        float bestWidth = Float.MAX_VALUE;
        for (int i = 1; i < words.length; i++) {
            float w = Math.max(measure.width(String.join(" ", java.util.Arrays.copyOfRange(words, 0, i)), bold,
                    NAME_SIZE), measure.width(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)),
                    bold, NAME_SIZE));
            if (w < bestWidth) {
                bestWidth = w;
                best = i;
            }
        }
        if (best < 0) {
            return List.of(text);
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.join(" ", java.util.Arrays.copyOfRange(words, 0, best)));
        lines.add(String.join(" ", java.util.Arrays.copyOfRange(words, best, words.length)));
        return lines;
    }

    /** An estimate for when no font file can be read: Times New Roman capitals average about 0.7 em. */
    public static final Measure ESTIMATE = (text, bold, size) -> {
        float em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            em += c == ' ' ? 0.25f : Character.isUpperCase(c) ? (bold ? 0.74f : 0.70f) : 0.48f;
        }
        return em * size;
    };
}
