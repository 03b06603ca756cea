package org.relexcurator.curation.evaluation;

import java.util.Locale;

/** Population estimates as Markdown, for {@code relex evaluate PROJECT --population SCORED}. */
public final class PopulationReport {

  private PopulationReport() {}

  public static String markdown(PopulationEstimates estimates) {
    StringBuilder out = new StringBuilder();
    out.append("# Estimates for the whole scored corpus\n\n");
    out.append(
        String.format(
            Locale.ROOT,
            "%,d scored pairs; %d reviewed sample pairs with a gold label. Each reviewed pair"
                + " stands for the pairs of its stratum (predicted label × score band);"
                + " intervals are 95%% (Wilson, effective sample size).%n%n",
            estimates.population(),
            estimates.reviewed()));
    if (estimates.uncovered() > 0) {
      out.append(
          String.format(
              Locale.ROOT,
              "**%,d pairs lie in strata without any reviewed pair**: no estimate below speaks"
                  + " for them.%n%n",
              estimates.uncovered()));
    }
    out.append("## Precision per predicted label\n\n");
    out.append("| predicted label | pairs | reviewed | precision | 95% interval | unweighted |\n");
    out.append("|---|---:|---:|---:|---|---:|\n");
    for (LabelPrecision row : estimates.precision()) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %d | %s | %s | %s |%n",
              row.label(),
              row.predicted(),
              row.reviewed(),
              number(row.precision()),
              interval(row.interval(), 3),
              number(row.unweighted())));
    }
    out.append("\n## True relations per gold label among the scored pairs\n\n");
    out.append("| gold label | found in review | estimated in corpus | 95% interval |\n");
    out.append("|---|---:|---:|---|\n");
    for (TrueRelations row : estimates.trueRelations()) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %,.0f | %s |%n",
              row.label(),
              row.reviewed(),
              row.estimate(),
              interval(row.interval(), 0)));
    }
    out.append("\n## Thin strata\n\n");
    if (estimates.thin().isEmpty()) {
      out.append(
          String.format(
              Locale.ROOT,
              "Every stratum has at least %d reviewed pairs (or all of its pairs).%n",
              estimates.minimumPerStratum()));
    } else {
      out.append(
          String.format(
              Locale.ROOT,
              "Fewer than %d reviewed pairs: the estimates that rest on these strata are"
                  + " uncertain beyond what their intervals say; review more of them.%n%n",
              estimates.minimumPerStratum()));
      out.append("| stratum | pairs | reviewed |\n|---|---:|---:|\n");
      for (ThinStratum row : estimates.thin()) {
        out.append(
            String.format(
                Locale.ROOT,
                "| %s | %,d | %d |%n",
                row.stratum().describe(estimates.bands()),
                row.population(),
                row.reviewed()));
      }
    }
    return out.toString();
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.3f", value);
  }

  private static String interval(ConfidenceInterval interval, int decimals) {
    if (!interval.isDefined()) {
      return "–";
    }
    String format = decimals == 0 ? "%,.0f – %,.0f" : "%." + decimals + "f – %." + decimals + "f";
    return String.format(Locale.ROOT, format, interval.lower(), interval.upper());
  }
}
