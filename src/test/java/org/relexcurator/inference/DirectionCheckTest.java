package org.relexcurator.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DirectionCheckTest {

  private static final List<String> MODEL_SYMMETRIC =
      List.of("binds_to", "co_expressed_with", "interacts_with");

  static Stream<String> symmetricLabels() {
    return DirectionCheck.SYMMETRIC_LABELS.stream().sorted();
  }

  static Stream<String> directionalLabels() {
    return SyntheticRelexLabels.ALL.stream()
        .filter(label -> !label.equals("none") && !MODEL_SYMMETRIC.contains(label));
  }

  @Test
  void theModelsSymmetricLabelsAreExactlyBindsToCoExpressedWithAndInteractsWith() {
    assertThat(SyntheticRelexLabels.ALL.stream().filter(DirectionCheck.SYMMETRIC_LABELS::contains))
        .containsExactlyElementsOf(MODEL_SYMMETRIC);
  }

  @Test
  void everySymmetricLabelIsALabelOfTheModelOrOfTheRelationSpecs() {
    RelationSpecs specs = RelationSpecs.bundled();
    Set<String> known = new TreeSet<>(SyntheticRelexLabels.ALL);
    for (String typePair : specs.typePairs()) {
      String[] types = typePair.split("\\|");
      known.addAll(specs.labels(types[0], types[1]));
    }
    assertThat(known).containsAll(DirectionCheck.SYMMETRIC_LABELS);
  }

  @ParameterizedTest
  @MethodSource("symmetricLabels")
  void aSymmetricLabelBothWaysAgrees(String label) {
    DirectionCheck check = DirectionCheck.of(label, label);

    assertThat(check.disagrees()).isFalse();
    assertThat(check.reason()).isEqualTo("the symmetric label " + label + " both ways");
  }

  @ParameterizedTest
  @MethodSource("symmetricLabels")
  void aSymmetricLabelOneWayAndNoneTheOtherDisagreesInEitherOrder(String label) {
    DirectionCheck forward = DirectionCheck.of(label, "none");
    DirectionCheck reverse = DirectionCheck.of("none", label);

    assertThat(forward.disagrees()).isTrue();
    assertThat(forward.reason())
        .isEqualTo("the symmetric label " + label + " E1 → E2 but none E2 → E1");
    assertThat(reverse.disagrees()).isTrue();
    assertThat(reverse.reason())
        .isEqualTo("the symmetric label " + label + " E2 → E1 but none E1 → E2");
  }

  @ParameterizedTest
  @MethodSource("symmetricLabels")
  void aSymmetricLabelOneWayAndADirectionalOneTheOtherDisagrees(String label) {
    DirectionCheck check = DirectionCheck.of(label, "inhibits");

    assertThat(check.disagrees()).isTrue();
    assertThat(check.reason())
        .isEqualTo("the symmetric label " + label + " E1 → E2 but inhibits E2 → E1");
  }

  @Test
  void twoDifferentSymmetricLabelsDisagree() {
    DirectionCheck check = DirectionCheck.of("interacts_with", "binds_to");

    assertThat(check.disagrees()).isTrue();
    assertThat(check.reason())
        .isEqualTo("the symmetric label interacts_with E1 → E2 but binds_to E2 → E1");
  }

  @ParameterizedTest
  @MethodSource("directionalLabels")
  void theSameDirectionalLabelBothWaysDisagrees(String label) {
    DirectionCheck check = DirectionCheck.of(label, label);

    assertThat(check.disagrees()).isTrue();
    assertThat(check.reason()).isEqualTo("the directional label " + label + " both ways");
  }

  @ParameterizedTest
  @MethodSource("directionalLabels")
  void aDirectionalLabelOneWayAndNoneTheOtherAgreesInEitherOrder(String label) {
    DirectionCheck forward = DirectionCheck.of(label, "none");
    DirectionCheck reverse = DirectionCheck.of("none", label);

    assertThat(forward.disagrees()).isFalse();
    assertThat(forward.reason()).isEqualTo(label + " E1 → E2 only");
    assertThat(reverse.disagrees()).isFalse();
    assertThat(reverse.reason()).isEqualTo(label + " E2 → E1 only");
  }

  @Test
  void twoDifferentDirectionalLabelsAgree() {
    DirectionCheck check = DirectionCheck.of("upregulates", "downregulates");

    assertThat(check.disagrees()).isFalse();
    assertThat(check.reason()).isEqualTo("upregulates E1 → E2 and downregulates E2 → E1");
  }

  @Test
  void noneBothWaysAgrees() {
    DirectionCheck check = DirectionCheck.of("none", "none");

    assertThat(check.disagrees()).isFalse();
    assertThat(check.reason()).isEqualTo("none both ways");
  }
}
