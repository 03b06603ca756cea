package org.relexcurator.curation.export;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The forms a project's curated pairs can be exported in. */
public enum ExportFormat {
  /** The curated-pairs contract; the one {@code relex import} and {@code relex evaluate} read. */
  JSONL("jsonl", "jsonl"),
  /** The same fields flattened for a spreadsheet. */
  CSV("csv", "csv"),
  /** The documents with one relation per gold pair. */
  BIOC_XML("bioc-xml", "xml"),
  /** The documents with one relation per gold pair. */
  BIOC_JSON("bioc-json", "json"),
  /** A folder of {@code .txt} and {@code .ann} files, gold pairs as relations with notes. */
  BRAT("brat", null),
  /**
   * The documents as PubTator, gold pairs as relation lines between the mentions' concept ids;
   * PubTator has no room for the curation details or the mentions' provenance.
   */
  PUBTATOR("pubtator", "pubtator");

  private final String exportName;
  private final String extension;

  ExportFormat(String exportName, String extension) {
    this.exportName = exportName;
    this.extension = extension;
  }

  /** The name on the command line and in file dialogs. */
  public String exportName() {
    return exportName;
  }

  /** The usual file name ending, without the dot; null for a folder format. */
  public String extension() {
    return extension;
  }

  public boolean writesFolder() {
    return extension == null;
  }

  /**
   * Whether the export can hold pairs without a gold label ({@code --all}); the document formats
   * hold gold relations only.
   */
  public boolean holdsEveryPair() {
    return this == JSONL || this == CSV;
  }

  public static Optional<ExportFormat> byExportName(String name) {
    return Arrays.stream(values()).filter(f -> f.exportName.equals(name)).findFirst();
  }

  /** The names, for a message: {@code jsonl, csv, …}. */
  public static String names() {
    return Arrays.stream(values()).map(ExportFormat::exportName).collect(Collectors.joining(", "));
  }
}
