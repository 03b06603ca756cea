package org.relexcurator.inference;

import java.util.List;

/**
 * The 16 labels of the target model, {@code Glasgow-AI4BioMed/synthetic_relex}, in the order of its
 * {@code id2label} (alphabetical, as its training sorted them): the labels a curator chooses from,
 * and those a model folder must declare to be the target model.
 */
public final class SyntheticRelexLabels {

  public static final List<String> ALL =
      List.of(
          "affects_efficacy_of",
          "binds_to",
          "biomarker_for",
          "causes",
          "co_expressed_with",
          "downregulates",
          "inhibits",
          "interacts_with",
          "none",
          "plays_causal_role_in",
          "precursor_of",
          "prevents",
          "regulates",
          "subtype_of",
          "treats",
          "upregulates");

  private SyntheticRelexLabels() {}
}
