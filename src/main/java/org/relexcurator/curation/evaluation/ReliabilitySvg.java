package org.relexcurator.curation.evaluation;

import java.util.Locale;

/**
 * The reliability diagram as inline SVG: a bar per score band up to its accuracy, a diamond at its
 * mean score, the diagonal of perfect calibration dashed, each band's pair count at the foot of its
 * bar.
 */
final class ReliabilitySvg {

  private static final int SIZE = 300;
  private static final int LEFT = 56;
  private static final int TOP = 24;
  private static final int BOTTOM = 88;

  private ReliabilitySvg() {}

  static String render(ReliabilityDiagram diagram) {
    int width = LEFT + SIZE + 48;
    int height = TOP + SIZE + BOTTOM;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
                + " height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"reliability-title\""
                + " font-family=\"sans-serif\" font-size=\"13\">%n",
            width,
            height,
            width,
            height));
    svg.append(
            "<title id=\"reliability-title\">Reliability diagram: accuracy per top-score band,"
                + " ECE ")
        .append(ReportFigures.metric(diagram.expectedCalibrationError()))
        .append("</title>\n");
    axes(svg);
    for (ReliabilityBin bin : diagram.bins()) {
      if (!bin.isEmpty()) {
        bar(svg, bin);
      }
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\""
                + " stroke=\"%s\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>%n",
            x(0),
            y(0),
            x(1),
            y(1),
            OkabeIto.BLACK));
    legend(svg, height);
    return svg.append("</svg>\n").toString();
  }

  private static void axes(StringBuilder svg) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\""
                + " fill=\"none\" stroke=\"#555555\"/>%n",
            LEFT,
            TOP,
            SIZE,
            SIZE));
    for (int i = 0; i <= 10; i += 2) {
      double v = i / 10.0;
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%.1f" + "</text>%n",
              x(v),
              TOP + SIZE + 16,
              v));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%.1f" + "</text>%n",
              LEFT - 6,
              y(v) + 4,
              v));
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">top" + " score</text>%n",
            LEFT + SIZE / 2,
            TOP + SIZE + 34));
    svg.append(
        String.format(
            Locale.ROOT,
            "<text transform=\"translate(16 %d) rotate(-90)\""
                + " text-anchor=\"middle\">accuracy</text>%n",
            TOP + SIZE / 2));
  }

  private static void bar(StringBuilder svg, ReliabilityBin bin) {
    int left = x(bin.lower()) + 2;
    int right = x(bin.upper()) - 2;
    // A band that is never right still shows a sliver, so that it reads as 0 and not as empty.
    int top = Math.min(y(bin.accuracy()), y(0) - 2);
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect class=\"accuracy-bar\" x=\"%d\" y=\"%d\""
                + " width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"%s\"><title>top score %.1f–%.1f: %d"
                + " pairs, mean score %s, accuracy %s</title></rect>%n",
            left,
            top,
            right - left,
            y(0) - top,
            OkabeIto.SKY_BLUE,
            OkabeIto.BLUE,
            bin.lower(),
            bin.upper(),
            bin.count(),
            ReportFigures.metric(bin.meanConfidence()),
            ReportFigures.metric(bin.accuracy())));
    int cx = x(bin.meanConfidence());
    int cy = y(bin.meanConfidence());
    svg.append(
        String.format(
            Locale.ROOT,
            "<path class=\"mean-score\" d=\"M %d %d l 6 6 l -6 6"
                + " l -6 -6 z\" fill=\"%s\" stroke=\"%s\"/>%n",
            cx,
            cy - 6,
            OkabeIto.VERMILLION,
            OkabeIto.BLACK));
    svg.append(
        String.format(
            Locale.ROOT,
            "<text class=\"band-count\" x=\"%d\" y=\"%d\""
                + " text-anchor=\"middle\" font-size=\"11\">%d</text>%n",
            (left + right) / 2,
            y(0) - 6,
            bin.count()));
  }

  private static void legend(StringBuilder svg, int height) {
    int first = height - 30;
    int second = height - 10;
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"10\""
                + " fill=\"%s\" stroke=\"%s\"/><text x=\"%d\" y=\"%d\">accuracy (pairs at its foot)"
                + "</text>%n",
            LEFT,
            first - 9,
            OkabeIto.SKY_BLUE,
            OkabeIto.BLUE,
            LEFT + 20,
            first));
    svg.append(
        String.format(
            Locale.ROOT,
            "<path d=\"M %d %d l 6 6 l -6 6 l -6 -6 z\""
                + " fill=\"%s\" stroke=\"%s\"/><text x=\"%d\" y=\"%d\">mean score</text>%n",
            LEFT + 7,
            second - 11,
            OkabeIto.VERMILLION,
            OkabeIto.BLACK,
            LEFT + 20,
            second));
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\""
                + " stroke=\"%s\" stroke-dasharray=\"6 4\"/><text x=\"%d\" y=\"%d\">perfect"
                + " calibration</text>%n",
            LEFT + 120,
            second - 5,
            LEFT + 150,
            second - 5,
            OkabeIto.BLACK,
            LEFT + 156,
            second));
  }

  private static int x(double value) {
    return LEFT + (int) Math.round(value * SIZE);
  }

  private static int y(double value) {
    return TOP + SIZE - (int) Math.round(value * SIZE);
  }
}
