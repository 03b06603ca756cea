package org.relexcurator.curation.evaluation;

import java.util.List;
import java.util.Locale;

/**
 * The confusion matrix as an inline SVG heat map. A cell's shade is its share of the gold label's
 * pairs (row-normalised, so rare labels read as clearly as common ones); the count is written in
 * every cell and the diagonal (agreement) has a heavy border, so nothing depends on telling shades
 * apart.
 */
final class ConfusionMatrixSvg {

  private static final int CELL = 44;
  private static final double CHARACTER = 7.2;

  private ConfusionMatrixSvg() {}

  static String render(ConfusionMatrix matrix, boolean plainCounts) {
    List<String> labels = matrix.labels();
    int longest = labels.stream().mapToInt(String::length).max().orElse(4);
    int left = (int) Math.ceil(longest * CHARACTER) + 36;
    int top = (int) Math.ceil(longest * CHARACTER) + 32;
    int n = labels.size();
    int width = left + n * CELL + 8;
    int height = top + n * CELL + 8;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
                + " height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"matrix-title\""
                + " font-family=\"sans-serif\" font-size=\"13\">%n",
            width,
            height,
            width,
            height));
    svg.append(
        "<title id=\"matrix-title\">Confusion matrix: gold labels in rows, predictions in"
            + " columns; shade is the share of the gold label's pairs</title>\n");
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"14\" text-anchor=\"middle\""
                + " font-weight=\"bold\">predicted</text>%n",
            left + n * CELL / 2));
    svg.append(
        String.format(
            Locale.ROOT,
            "<text transform=\"translate(14 %d) rotate(-90)\""
                + " text-anchor=\"middle\" font-weight=\"bold\">gold</text>%n",
            top + n * CELL / 2));
    for (int i = 0; i < n; i++) {
      String label = Html.escape(labels.get(i));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s" + "</text>%n",
              left - 6,
              top + i * CELL + CELL / 2 + 4,
              label));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text transform=\"translate(%d %d) rotate(-90)\">%s" + "</text>%n",
              left + i * CELL + CELL / 2 + 4,
              top - 6,
              label));
    }
    for (int g = 0; g < n; g++) {
      double row = matrix.goldTotal(g);
      for (int p = 0; p < n; p++) {
        cell(svg, matrix, g, p, row, left, top, plainCounts);
      }
    }
    return svg.append("</svg>\n").toString();
  }

  private static void cell(
      StringBuilder svg,
      ConfusionMatrix matrix,
      int g,
      int p,
      double row,
      int left,
      int top,
      boolean plainCounts) {
    double count = matrix.count(g, p);
    double share = row == 0 ? 0 : count / row;
    boolean diagonal = g == p;
    int x = left + p * CELL;
    int y = top + g * CELL;
    String text = ReportFigures.support(count, plainCounts);
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\""
                + " height=\"%d\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"><title>gold %s, predicted"
                + " %s: %s (%.0f%% of gold %s)</title></rect>%n",
            diagonal ? "cell agreement" : "cell",
            x + 1,
            y + 1,
            CELL - 2,
            CELL - 2,
            OkabeIto.blueShade(share),
            diagonal ? OkabeIto.BLACK : "#BBBBBB",
            diagonal ? "2.5" : "1",
            Html.escape(matrix.labels().get(g)),
            Html.escape(matrix.labels().get(p)),
            text,
            100 * share,
            Html.escape(matrix.labels().get(g))));
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\""
                + " fill=\"%s\" font-size=\"%d\">%s</text>%n",
            x + CELL / 2,
            y + CELL / 2 + 4,
            share > 0.8 ? "#FFFFFF" : OkabeIto.BLACK,
            text.length() > 5 ? 10 : 12,
            text));
  }
}
