package org.relexcurator.ui.evaluation;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.relexcurator.curation.evaluation.ReportFormat;

/** Where to save the report and as what. */
public record ReportFile(Path path, ReportFormat format) {

  /**
   * The file a save dialog's answer names: a typed report extension ({@code .md}) decides the
   * format; a name without one gets the format of the dialog's filter and its extension, since
   * desktop dialogs do not all add it.
   */
  public static ReportFile chosen(Path path, ReportFormat filter) {
    String name = path.getFileName().toString();
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(ReportFormat.values())
        .filter(format -> name.contains(".") && format.extension().equals(extension))
        .findFirst()
        .map(format -> new ReportFile(path, format))
        .orElseGet(
            () -> new ReportFile(path.resolveSibling(name + "." + filter.extension()), filter));
  }
}
