package org.relexcurator.ui.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relexcurator.ui.curation.CurationFixtures.MODEL_LABELS;
import static org.relexcurator.ui.curation.CurationFixtures.chemicalDisease;
import static org.relexcurator.ui.curation.CurationFixtures.pair;

import org.junit.jupiter.api.Test;

class LabelPickerTest {

  private final LabelPicker picker = new LabelPicker(LabelChoices.bundled());

  @Test
  void geneGenePairsListTheirSevenAllowedLabelsFirst() {
    picker.show(pair("doc9", "GeneOrGeneProduct", "Gene"), MODEL_LABELS);

    assertThat(picker.labels())
        .extracting(LabelChoice::label)
        .startsWith(
            "regulates",
            "upregulates",
            "downregulates",
            "interacts_with",
            "co_expressed_with",
            "inhibits",
            "binds_to",
            "affects_efficacy_of");
    assertThat(picker.labels()).filteredOn(LabelChoice::allowed).hasSize(7);
  }

  @Test
  void aTypePairOutsideTheSpecsIsSaidToBeOne() {
    picker.show(pair("doc9", "Species", "Disease"), MODEL_LABELS);

    assertThat(picker.labelsCaptionProperty().get())
        .isEqualTo(
            "Species → Disease is not in the relation specs: the model never saw this type pair");
    assertThat(picker.labels())
        .noneMatch(LabelChoice::allowed)
        .extracting(LabelChoice::label)
        .startsWith("affects_efficacy_of", "binds_to");
  }

  @Test
  void clearingTheFilterShowsEveryLabelAgainWithNoneHighlighted() {
    picker.show(chemicalDisease("doc1"), MODEL_LABELS);
    picker.labelFilterProperty().set("treat");
    assertThat(picker.visibleLabels()).extracting(LabelChoice::label).containsExactly("treats");
    assertThat(picker.highlightedProperty().get().label()).isEqualTo("treats");

    picker.clearFilter();

    assertThat(picker.visibleLabels()).hasSameSizeAs(picker.labels());
    assertThat(picker.highlightedProperty().get()).isNull();
  }

  @Test
  void aNumberKeyFindsTheLabelListedUnderIt() {
    picker.show(chemicalDisease("doc1"), MODEL_LABELS);

    assertThat(picker.underShortcut("1")).contains(picker.labels().get(0));
    assertThat(picker.underShortcut("0")).contains(picker.labels().get(9));
    assertThat(picker.offers("none")).isFalse();
    assertThat(picker.offers(picker.labels().get(0).label())).isTrue();
  }
}
