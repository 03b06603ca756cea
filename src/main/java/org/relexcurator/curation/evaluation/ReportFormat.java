package org.relexcurator.curation.evaluation;

/**
 * The files a report can be written as; {@code relex evaluate} and the report window share them.
 */
public enum ReportFormat {
  HTML("HTML page", "html"),
  MARKDOWN("Markdown", "md"),
  CSV("CSV table", "csv");

  private final String description;
  private final String extension;

  ReportFormat(String description, String extension) {
    this.description = description;
    this.extension = extension;
  }

  /** What a file chooser calls it, e.g. {@code HTML page}. */
  public String description() {
    return description;
  }

  /** The file name extension without its dot. */
  public String extension() {
    return extension;
  }

  public String render(EvaluationReport report) {
    return switch (this) {
      case HTML -> HtmlReport.render(report);
      case MARKDOWN -> MarkdownReport.render(report);
      case CSV -> CsvReport.render(report);
    };
  }
}
