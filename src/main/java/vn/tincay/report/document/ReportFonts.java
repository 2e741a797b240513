package vn.tincay.report.document;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The serif font embedded in PDF reports, with Vietnamese glyphs: Liberation Serif (metric-compatible
 * with Times New Roman), else DejaVu Serif, from a configurable directory or the usual Debian ones.
 * A family is used only if it really has the Vietnamese letters: Liberation 1.x (Debian's
 * fonts-liberation) lacks ư, ơ and the stacked tone marks; Liberation 2.x (fonts-liberation2) has them.
 */
public final class ReportFonts {

    public static final String LIBERATION2_DIR = "/usr/share/fonts/truetype/liberation2";
    public static final String LIBERATION_DIR = "/usr/share/fonts/truetype/liberation";
    /** Letters a font must have to set Vietnamese: horn and breve vowels, stacked and dotted tones. */
    static final String VIETNAMESE_PROBE = "ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";
    public static final String DEJAVU_DIR = "/usr/share/fonts/truetype/dejavu";

    private static final String[][] FAMILIES = {
        {"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
            "LiberationSerif-BoldItalic.ttf"},
        {"DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"}
    };

    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont italic;
    private final BaseFont boldItalic;
    private final Path regularFile;

    private ReportFonts(Path[] files) {
        this.regularFile = files[0];
        this.regular = load(files[0]);
        this.bold = load(files[1]);
        this.italic = load(files[2]);
        this.boldItalic = load(files[3]);
    }

    /**
     * @param configuredDirectory a directory to look in first (may be null or blank)
     * @throws IllegalStateException when no directory holds a complete family
     */
    public static ReportFonts find(String configuredDirectory) {
        List<String> directories = configuredDirectory == null || configuredDirectory.isBlank()
                ? List.of(LIBERATION2_DIR, LIBERATION_DIR, DEJAVU_DIR)
                : List.of(configuredDirectory, LIBERATION2_DIR, LIBERATION_DIR, DEJAVU_DIR);
        for (String directory : directories) {
            for (String[] family : FAMILIES) {
                Path[] files = new Path[4];
                boolean complete = true;
                for (int i = 0; i < 4; i++) {
                    files[i] = Path.of(directory, family[i]);
                    complete &= Files.isReadable(files[i]);
                }
                if (complete && hasVietnamese(files)) {
                    return new ReportFonts(files);
                }
            }
        }
        throw new IllegalStateException("No Liberation Serif or DejaVu Serif font in " + directories);
    }

    private static boolean hasVietnamese(Path[] files) {
        for (Path file : files) {
            BaseFont font = load(file);
            for (int i = 0; i < VIETNAMESE_PROBE.length(); i++) {
                if (!font.charExists(VIETNAMESE_PROBE.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static BaseFont load(Path file) {
        try {
            return BaseFont.createFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("Unusable font " + file, e);
        }
    }

    public BaseFont get(boolean isBold, boolean isItalic) {
        if (isBold) {
            return isItalic ? boldItalic : bold;
        }
        return isItalic ? italic : regular;
    }

    /** The width of a text in points, as Times New Roman (whose metrics Liberation Serif shares) sets it. */
    public float width(String text, boolean isBold, float size) {
        return get(isBold, false).getWidthPoint(VietnameseText.nfc(text), size);
    }

    public Path regularFile() {
        return regularFile;
    }
}
