package org.relexcurator.curation.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.model.Problem;

/** The report as Markdown, its tables laid out like the model card's. */
public final class MarkdownReport {

  /** Skipped lines listed in full; more are counted. */
  static final int PROBLEMS_LISTED = 50;

  private MarkdownReport() {}

  public static String render(EvaluationReport report) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(escape(ReportText.title(report))).append("\n\n");
    if (report.testModel()) {
      out.append("> **").append(ModelDescription.TEST_MODEL_WARNING).append("**\n\n");
    }
    out.append(escape(ReportText.summary(report))).append("\n\n");
    out.append("## Before you read the numbers\n\n");
    for (String note : ReportText.notesBelowBanner(report)) {
      out.append("- ").append(escape(note)).append('\n');
    }
    out.append('\n');
    metrics(report, out);
    card(report, out);
    matrix(report, out);
    calibration(report, out);
    preAnnotation(report, out);
    problems(report, out);
    return out.toString();
  }

  private static void preAnnotation(EvaluationReport report, StringBuilder out) {
    if (report.preAnnotationSection().isEmpty()) {
      return;
    }
    PreAnnotation section = report.preAnnotationSection().get();
    out.append("## Pre-annotation corrected by curators\n\n");
    out.append("Mentions per type, as the curators left them against the file.\n\n");
    table(out, PreAnnotation.headers(), section.cells());
    out.append('\n').append(escape(section.summary())).append("\n\n");
  }

  private static void metrics(EvaluationReport report, StringBuilder out) {
    out.append("## Per-label metrics\n\n");
    table(out, MetricsTable.headers(report), MetricsTable.rows(report));
    out.append('\n')
        .append(ReportText.accuracy(report))
        .append(' ')
        .append(ReportText.bootstrap(report))
        .append("\n\n");
  }

  private static void card(EvaluationReport report, StringBuilder out) {
    out.append("## Beside the model card\n\n").append(ReportText.cardCaveat()).append("\n\n");
    table(out, CardTable.HEADERS, CardTable.rows(report));
    out.append('\n');
  }

  private static void matrix(EvaluationReport report, StringBuilder out) {
    ConfusionMatrix matrix = report.matrix();
    out.append("## Confusion matrix\n\nRows are gold labels, columns the model's predictions");
    out.append(
        report.plainCounts()
            ? ".\n\n"
            : "; cells are estimated counts over all predicted pairs (weighted), not counts of"
                + " reviewed pairs.\n\n");
    List<String> header = new ArrayList<>();
    header.add("gold \\ predicted");
    header.addAll(matrix.labels());
    header.add(report.plainCounts() ? "support" : ReportText.ESTIMATED_SUPPORT);
    List<List<String>> rows = new ArrayList<>();
    for (int g = 0; g < matrix.labels().size(); g++) {
      List<String> row = new ArrayList<>();
      row.add(matrix.labels().get(g));
      for (int p = 0; p < matrix.labels().size(); p++) {
        row.add(ReportFigures.support(matrix.count(g, p), report.plainCounts()));
      }
      row.add(ReportFigures.support(matrix.goldTotal(g), report.plainCounts()));
      rows.add(row);
    }
    table(out, header, rows);
    out.append('\n');
  }

  private static void calibration(EvaluationReport report, StringBuilder out) {
    out.append("## Calibration\n\n").append(ReportText.calibration(report)).append("\n\n");
    List<List<String>> rows = new ArrayList<>();
    for (ReliabilityBin bin : report.reliability().bins()) {
      rows.add(
          List.of(
              String.format(Locale.ROOT, "%.1f–%.1f", bin.lower(), bin.upper()),
              Integer.toString(bin.count()),
              ReportFigures.metric(bin.meanConfidence()),
              ReportFigures.metric(bin.accuracy()),
              bin.isEmpty() ? ReportFigures.NONE : ReportFigures.difference(bin.gap())));
    }
    table(out, List.of("top score", "pairs", "mean score", "accuracy", "accuracy − score"), rows);
    out.append('\n');
  }

  private static void problems(EvaluationReport report, StringBuilder out) {
    if (report.problems().isEmpty()) {
      return;
    }
    out.append("## Skipped lines\n\n");
    List<Problem> problems = report.problems();
    problems.stream()
        .limit(PROBLEMS_LISTED)
        .forEach(p -> out.append("- ").append(escape(p.describe())).append('\n'));
    if (problems.size() > PROBLEMS_LISTED) {
      out.append(String.format(Locale.ROOT, "- and %d more%n", problems.size() - PROBLEMS_LISTED));
    }
    out.append('\n');
  }

  /** A row shorter than the header gets empty cells: its last cell stands for the rest. */
  private static void table(StringBuilder out, List<String> header, List<List<String>> rows) {
    out.append(row(header)).append('|').append("---|".repeat(header.size())).append('\n');
    for (List<String> cells : rows) {
      List<String> padded = new ArrayList<>(cells);
      while (padded.size() < header.size()) {
        padded.add("");
      }
      out.append(row(padded));
    }
  }

  private static String row(List<String> cells) {
    StringBuilder line = new StringBuilder("|");
    cells.forEach(cell -> line.append(' ').append(escape(cell).replace("|", "\\|")).append(" |"));
    return line.append('\n').toString();
  }

  /**
   * Keeps text from a file (labels, paths) from turning into markup. Underscores stay: GitHub
   * Markdown does not emphasise inside words, and labels such as {@code binds_to} are full of them.
   */
  static String escape(String text) {
    return text.replace("<", "&lt;").replace("*", "\\*").replace("`", "\\`");
  }
}
