package vn.tincay.privacy;

import java.util.List;

/**
 * What the system holds about a survivor, as handed to the survivor or guardian: titled sections,
 * each a table with a header row. Text only, already in the reader's language.
 */
public record DataCopy(String title, List<String> introLines, List<Section> sections, String closing) {

    /** One part of the copy. */
    public record Section(String title, List<String> header, List<List<String>> rows, String whenEmpty) {
    }
}
