package vn.tincay.report.document;

import java.io.Serializable;
import java.util.List;
import vn.tincay.report.ReportSection;

/**
 * A report laid out as a Vietnamese administrative document, ready for a writer: the two-column
 * header (issuing unit and number; national name, motto, place and date), the title, the body in
 * the order of the outline, and the two-column footer (recipients; signer). Writers only typeset.
 */
public record ReportDocument(String superiorUnit, String issuingUnit, String numberLine, String placeDateLine,
                             String titleLine, String subtitleLine, List<Block> body, List<String> recipients,
                             List<String> signerTitleLines, String signerName, boolean draft)
        implements Serializable {

    public static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập – Tự do – Hạnh phúc";
    public static final String RECIPIENTS_LABEL = "Nơi nhận:";
    /** Printed on every page of a report that has not been submitted. */
    public static final String DRAFT_MARK = "DỰ THẢO";

    /** One piece of the body. */
    public sealed interface Block extends Serializable permits Heading, Paragraph, Table {
    }

    /** A heading of the outline, numbered as in the outline. */
    public record Heading(ReportSection section, ReportSection.Level level, String text) implements Block {
    }

    /** A paragraph of text; {@code listItem} for the "- …" lines of a list. */
    public record Paragraph(String text, boolean listItem) implements Block {
    }

    /** A table of figures: header row, rows, and relative column widths. */
    public record Table(List<String> header, List<List<String>> rows, int[] widths) implements Block {
    }

    /** Words are set flush left in a table cell; numbers, shares and "< 5" are centred. */
    public static boolean isWords(String cell) {
        return cell != null && cell.chars().anyMatch(Character::isLetter);
    }

    /** The tables printed under a section's heading (figures of II.1 b, II.2 a; schools of I). */
    public List<Table> tablesOf(ReportSection section) {
        List<Table> tables = new java.util.ArrayList<>();
        boolean inside = false;
        for (Block block : body) {
            if (block instanceof Heading heading) {
                inside = heading.section() == section;
            } else if (inside && block instanceof Table table) {
                tables.add(table);
            }
        }
        return tables;
    }

    public List<Heading> headings() {
        return body.stream().filter(Heading.class::isInstance).map(Heading.class::cast).toList();
    }
}
