package org.relexcurator.curation.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.relexcurator.inference.ModelDescription;

/**
 * What a reader must know before trusting an evaluation's numbers, in plain sentences: a test
 * model, how the sample was weighted and what that could not cover, pairs left out.
 */
final class ReportNotes {

  /** Why the card's numbers and ours differ even for a perfect curator. */
  static final String CARD_CAVEAT =
      "The model card scored the model on its own test set"
          + " against the LLM labels it was distilled from, not against people: a difference to"
          + " curated gold mixes the model's errors with the LLM's.";

  private ReportNotes() {}

  static List<String> of(
      CuratedPairs input,
      WeightingSummary weighting,
      ConfusionMatrix matrix,
      ReviewedCounts reviewed,
      List<ModelUse> models,
      int goldWithoutPrediction) {
    List<String> notes = new ArrayList<>();
    int predictions = predictions(models);
    int fromTestModels = fromTestModels(models);
    if (fromTestModels > 0 && fromTestModels == predictions) {
      notes.add(ModelDescription.TEST_MODEL_WARNING);
    } else if (fromTestModels > 0) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%d of %d predictions come from a test model (random"
                  + " weights): their labels and scores mean nothing and drag these figures.",
              fromTestModels,
              predictions));
    }
    if (models.size() > 1) {
      notes.add(
          String.format(
              Locale.ROOT,
              "The predictions come from %d different models;" + " these figures mix them.",
              models.size()));
    }
    if (reviewed.isSmall(matrix.labels().size())) {
      notes.add(smallSampleNote(reviewed, matrix.labels().size()));
    }
    List<String> tooFew =
        matrix.labels().stream()
            .filter(reviewed::tooFewToEstimate)
            .map(l -> l + " " + reviewed.of(l))
            .toList();
    if (!tooFew.isEmpty()) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%d of %d labels have fewer than %d reviewed pairs (%s): their rows say \"too few to"
                  + " estimate\" instead of giving an interval.",
              tooFew.size(),
              matrix.labels().size(),
              ReviewedCounts.MINIMUM_PER_LABEL,
              String.join(", ", tooFew)));
    }
    notes.add(weightingNote(weighting));
    if (weighting.weighting() == Weighting.POST_STRATIFIED && weighting.strataWithoutReview() > 0) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%d of %d strata (%d of %d predicted pairs) have no"
                  + " reviewed pair. Their share cannot be estimated: the figures describe only the other"
                  + " %d pairs. Review a few pairs of every stratum to cover them.",
              weighting.strataWithoutReview(),
              weighting.strata(),
              weighting.pairsWithoutReview(),
              weighting.population(),
              weighting.population() - weighting.pairsWithoutReview()));
    }
    List<String> unknown =
        matrix.labels().stream()
            .filter(label -> !input.modelLabels().isEmpty() && !input.modelLabels().contains(label))
            .toList();
    if (!unknown.isEmpty()) {
      notes.add(
          "Labels the model does not have, which it can never predict: "
              + String.join(", ", unknown)
              + ".");
    }
    if (goldWithoutPrediction > 0) {
      notes.add(
          goldWithoutPrediction == 1
              ? "1 pair with a gold label has no prediction and is not scored."
              : String.format(
                  Locale.ROOT,
                  "%d pairs with a gold label have no prediction and are" + " not scored.",
                  goldWithoutPrediction));
    }
    if (!input.problems().isEmpty()) {
      int skipped = input.problems().size();
      notes.add(
          skipped == 1
              ? "1 line of " + input.source() + " was skipped as unreadable."
              : String.format(
                  Locale.ROOT,
                  "%d lines of %s were skipped as unreadable.",
                  skipped,
                  input.source()));
    }
    return notes;
  }

  private static String smallSampleNote(ReviewedCounts reviewed, int labels) {
    return String.format(
        Locale.ROOT,
        "Small sample: %s for %d %s, where a label needs at least %d to be estimated. These"
            + " figures describe the reviewed pairs and say little about the model; review more"
            + " before relying on them.",
        reviewed.total() == 1 ? "1 reviewed pair" : reviewed.total() + " reviewed pairs",
        labels,
        labels == 1 ? "label" : "labels",
        ReviewedCounts.MINIMUM_PER_LABEL);
  }

  private static String weightingNote(WeightingSummary w) {
    if (!w.isSample()) {
      return String.format(
          Locale.ROOT,
          "All %d pairs with a prediction in the file are reviewed,"
              + " so every pair weighs 1. If the project holds more predicted pairs and the reviewed"
              + " ones were chosen by an uncertainty-sorted queue, these plain counts are biased"
              + " towards hard pairs: export with --all so that evaluation can weight them.",
          w.reviewed());
    }
    if (w.weighting() == Weighting.NONE) {
      return String.format(
          Locale.ROOT,
          "Plain counts of %d reviewed of %d predicted pairs."
              + " If the reviewed pairs were chosen by an uncertainty-sorted queue, hard pairs are"
              + " over-represented and these figures are biased; use post-stratified weighting.",
          w.reviewed(),
          w.population());
    }
    return String.format(
        Locale.ROOT,
        "Post-stratified: the %d reviewed pairs stand for the %d"
            + " predicted pairs. Strata are predicted label × top-score band (5 bands of 0.2); a"
            + " reviewed pair weighs N/n, the pairs of its stratum over the reviewed ones in it.",
        w.reviewed(),
        w.population());
  }

  static int predictions(List<ModelUse> models) {
    return models.stream().mapToInt(ModelUse::predictions).sum();
  }

  static int fromTestModels(List<ModelUse> models) {
    return models.stream()
        .filter(use -> use.model().testModel())
        .mapToInt(ModelUse::predictions)
        .sum();
  }
}
