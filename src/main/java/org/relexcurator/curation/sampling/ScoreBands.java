package org.relexcurator.curation.sampling;

import java.util.List;
import java.util.Locale;

/**
 * Bands of the top score that, with the predicted label, make a sample's strata. The default bands,
 * [0, 0.5), [0.5, 0.8), [0.8, 0.95) and [0.95, 1], separate the pairs a model is unsure of from the
 * confident bulk, where most pairs of a large corpus lie and precision differs most.
 *
 * @param edges the band edges from 0 to 1, increasing; band i is [edges[i], edges[i+1]), the last
 *     band includes 1
 */
public record ScoreBands(List<Double> edges) {

  public static final ScoreBands STANDARD = new ScoreBands(List.of(0.0, 0.5, 0.8, 0.95, 1.0));

  public ScoreBands {
    edges = List.copyOf(edges);
    if (edges.size() < 2 || edges.get(0) != 0.0 || edges.get(edges.size() - 1) != 1.0) {
      throw new IllegalArgumentException("score bands must run from 0 to 1: " + edges);
    }
    for (int i = 1; i < edges.size(); i++) {
      if (!(edges.get(i) > edges.get(i - 1))) {
        throw new IllegalArgumentException("score band edges must increase: " + edges);
      }
    }
  }

  public int count() {
    return edges.size() - 1;
  }

  /** The band of a score; scores outside [0, 1] fall into the first or last band. */
  public int of(double score) {
    for (int band = count() - 1; band > 0; band--) {
      if (score >= edges.get(band)) {
        return band;
      }
    }
    return 0;
  }

  /** The band as an interval, e.g. {@code [0.50, 0.80)} or {@code [0.95, 1]}. */
  public String describe(int band) {
    boolean last = band == count() - 1;
    return String.format(
        Locale.ROOT,
        "[%.2f, %s%s",
        edges.get(band),
        last ? "1" : String.format(Locale.ROOT, "%.2f", edges.get(band + 1)),
        last ? "]" : ")");
  }
}
