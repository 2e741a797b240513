package vn.tincay.register.web;

import java.util.List;
import vn.tincay.register.RegisterColumn;

/**
 * What a register list exports to XLSX: the sheet's title (bundle key), the file name without extension
 * (ASCII), the columns and the list's own table model, whose filter and scope the export follows.
 */
public record RegisterExport<T>(String titleKey, String fileName, List<RegisterColumn<T>> columns,
                                PagedModel<T> model) {
}
