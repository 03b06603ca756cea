package org.relexcurator.curation.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Curated and evaluated pairs for tests, made in bulk. */
final class Pairs {

  static final PredictingModel MODEL = new PredictingModel("tiny", "sha256:1", false);

  private final List<CuratedPair> pairs = new ArrayList<>();

  /** Adds {@code count} pairs; a {@code null} gold label makes them unreviewed. */
  Pairs add(int count, String gold, String predicted, double confidence) {
    for (int i = 0; i < count; i++) {
      pairs.add(
          new CuratedPair(
              pairs.size() + 1,
              gold,
              new StoredPrediction(predicted, confidence, Map.of(), MODEL)));
    }
    return this;
  }

  List<CuratedPair> list() {
    return List.copyOf(pairs);
  }

  CuratedPairs file() {
    return new CuratedPairs("test.jsonl", pairs, List.of());
  }

  static EvaluatedPair evaluated(String gold, String predicted, double confidence) {
    return new EvaluatedPair(gold, predicted, confidence, 1, "");
  }
}
