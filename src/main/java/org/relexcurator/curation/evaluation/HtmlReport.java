package org.relexcurator.curation.evaluation;

import java.util.List;
import java.util.Locale;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.model.Problem;

/**
 * The report as one self-contained HTML page: styles inline, plots as inline SVG, no script and
 * nothing fetched from elsewhere, so it opens offline and can be mailed as one file.
 */
public final class HtmlReport {

  private static final String STYLE =
      """
      body { font: 15px/1.45 system-ui, sans-serif; color: #1a1a1a; max-width: 72rem;
             margin: 2rem auto; padding: 0 1rem; }
      h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
      .banner { border: 3px solid #D55E00; background: #FFF3E6; padding: .6rem 1rem;
                font-weight: bold; }
      .summary { color: #444; }
      table { border-collapse: collapse; margin: .5rem 0; }
      th, td { border: 1px solid #BBBBBB; padding: .2rem .5rem; }
      td.n { text-align: right; font-variant-numeric: tabular-nums; }
      tr.average td { font-weight: bold; background: #F2F2F2; }
      .plots { display: flex; flex-wrap: wrap; gap: 2rem; align-items: flex-start; }
      figure { margin: 0; } figcaption { color: #444; max-width: 30rem; }
      """;

  private HtmlReport() {}

  public static String render(EvaluationReport report) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(Html.escape(ReportText.title(report)))
        .append("</title>\n")
        .append("<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n");
    out.append("<h1>").append(Html.escape(ReportText.title(report))).append("</h1>\n");
    if (report.testModel()) {
      out.append("<p class=\"banner\" role=\"alert\">")
          .append(Html.escape(ModelDescription.TEST_MODEL_WARNING))
          .append("</p>\n");
    }
    out.append("<p class=\"summary\">")
        .append(Html.escape(ReportText.summary(report)))
        .append("</p>\n<h2>Before you read the numbers</h2>\n<ul>\n");
    ReportText.notesBelowBanner(report)
        .forEach(n -> out.append("<li>").append(Html.escape(n)).append("</li>\n"));
    out.append("</ul>\n");
    metrics(report, out);
    card(report, out);
    plots(report, out);
    preAnnotation(report, out);
    problems(report, out);
    return out.append("</body>\n</html>\n").toString();
  }

  private static void metrics(EvaluationReport report, StringBuilder out) {
    out.append("<h2>Per-label metrics</h2>\n");
    table(out, MetricsTable.headers(report), MetricsTable.rows(report));
    out.append("<p>")
        .append(Html.escape(ReportText.accuracy(report)))
        .append(' ')
        .append(Html.escape(ReportText.bootstrap(report)))
        .append("</p>\n");
  }

  private static void card(EvaluationReport report, StringBuilder out) {
    out.append("<h2>Beside the model card</h2>\n<p>")
        .append(Html.escape(ReportText.cardCaveat()))
        .append("</p>\n");
    table(out, CardTable.HEADERS, CardTable.rows(report));
  }

  private static void plots(EvaluationReport report, StringBuilder out) {
    out.append("<h2>Confusion matrix and calibration</h2>\n<div class=\"plots\">\n<figure>\n")
        .append(ConfusionMatrixSvg.render(report.matrix(), report.plainCounts()))
        .append("<figcaption>Rows are gold labels, columns the model's predictions")
        .append(
            report.plainCounts() ? "" : " (estimated counts over all predicted pairs, weighted)")
        .append(". Shade: share of the gold label's pairs; heavy border: agreement.")
        .append("</figcaption>\n</figure>\n<figure>\n")
        .append(ReliabilitySvg.render(report.reliability()))
        .append("<figcaption>")
        .append(Html.escape(ReportText.calibration(report)))
        .append("</figcaption>\n</figure>\n</div>\n");
  }

  private static void preAnnotation(EvaluationReport report, StringBuilder out) {
    if (report.preAnnotationSection().isEmpty()) {
      return;
    }
    PreAnnotation section = report.preAnnotationSection().get();
    out.append("<h2>Pre-annotation corrected by curators</h2>\n")
        .append("<p>Mentions per type, as the curators left them against the file.</p>\n");
    table(out, PreAnnotation.headers(), section.cells());
    out.append("<p>").append(Html.escape(section.summary())).append("</p>\n");
  }

  private static void problems(EvaluationReport report, StringBuilder out) {
    if (report.problems().isEmpty()) {
      return;
    }
    out.append("<h2>Skipped lines</h2>\n<ul>\n");
    List<Problem> problems = report.problems();
    problems.stream()
        .limit(MarkdownReport.PROBLEMS_LISTED)
        .forEach(p -> out.append("<li>").append(Html.escape(p.describe())).append("</li>\n"));
    if (problems.size() > MarkdownReport.PROBLEMS_LISTED) {
      out.append(
          String.format(
              Locale.ROOT,
              "<li>and %d more</li>%n",
              problems.size() - MarkdownReport.PROBLEMS_LISTED));
    }
    out.append("</ul>\n");
  }

  private static void table(StringBuilder out, List<String> header, List<List<String>> rows) {
    out.append("<table>\n<thead><tr>");
    header.forEach(h -> out.append("<th scope=\"col\">").append(Html.escape(h)).append("</th>"));
    out.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      boolean average =
          row.get(0).equals(ClassificationReport.MACRO)
              || row.get(0).equals(ClassificationReport.WEIGHTED);
      out.append(average ? "<tr class=\"average\">" : "<tr>");
      out.append("<th scope=\"row\">").append(Html.escape(row.get(0))).append("</th>");
      List<String> cells = row.subList(1, row.size());
      for (int i = 0; i < cells.size(); i++) {
        // A row shorter than the header: its last cell spans the rest, e.g. "too few to estimate".
        int span = i == cells.size() - 1 ? header.size() - row.size() + 1 : 1;
        out.append(span > 1 ? "<td colspan=\"" + span + "\">" : "<td class=\"n\">")
            .append(Html.escape(cells.get(i)))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }
}
