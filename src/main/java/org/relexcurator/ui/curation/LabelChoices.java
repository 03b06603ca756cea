package org.relexcurator.ui.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relexcurator.inference.EntityTypeMapping;
import org.relexcurator.inference.RelationSpecs;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Decision;

/**
 * Orders the model's labels for one pair so that the likely ones are under the first number keys:
 * the labels the relation specs allow for the pair's type pair first, in the specs' order, then the
 * rest in the model's order. {@code none} is left out: it has a key of its own.
 */
public final class LabelChoices {

  private static final String KEYS = "1234567890";

  private final RelationSpecs specs;
  private final EntityTypeMapping types;

  public LabelChoices(RelationSpecs specs, EntityTypeMapping types) {
    this.specs = specs;
    this.types = types;
  }

  /** The bundled relation specs and entity-type mapping. */
  public static LabelChoices bundled() {
    return new LabelChoices(RelationSpecs.bundled(), EntityTypeMapping.bundled());
  }

  /** The labels of {@code modelLabels} (in {@code id2label} order) a curator can give the pair. */
  public List<LabelChoice> forPair(CandidatePair pair, List<String> modelLabels) {
    List<String> allowed = allowedLabels(pair);
    List<String> ordered = new ArrayList<>();
    allowed.stream().filter(modelLabels::contains).distinct().forEach(ordered::add);
    modelLabels.stream().filter(label -> !ordered.contains(label)).forEach(ordered::add);
    ordered.remove(Decision.NO_RELATION);
    List<LabelChoice> choices = new ArrayList<>(ordered.size());
    for (int i = 0; i < ordered.size(); i++) {
      String label = ordered.get(i);
      String key = i < KEYS.length() ? String.valueOf(KEYS.charAt(i)) : "";
      choices.add(new LabelChoice(label, allowed.contains(label), key));
    }
    return List.copyOf(choices);
  }

  /** E1's and E2's PubTator3 types as {@code Chemical → Disease}, {@code ?} for an unknown one. */
  public String typePair(CandidatePair pair) {
    return types.map(pair.first()).orElse("?") + " → " + types.map(pair.second()).orElse("?");
  }

  /** Whether the relation specs list the pair's type pair, i.e. the model was trained on it. */
  public boolean inSpecs(CandidatePair pair) {
    return typesOf(pair).map(t -> specs.allows(t.get(0), t.get(1))).orElse(false);
  }

  private List<String> allowedLabels(CandidatePair pair) {
    return typesOf(pair).map(t -> specs.labels(t.get(0), t.get(1))).orElse(List.of());
  }

  private Optional<List<String>> typesOf(CandidatePair pair) {
    Optional<String> first = types.map(pair.first());
    Optional<String> second = types.map(pair.second());
    return first.isPresent() && second.isPresent()
        ? Optional.of(List.of(first.get(), second.get()))
        : Optional.empty();
  }
}
