package org.relexcurator.curation.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.sampling.ReviewSample;
import org.relexcurator.curation.sampling.SampledPair;
import org.relexcurator.curation.sampling.ScoreBands;
import org.relexcurator.curation.sampling.Stratum;
import org.relexcurator.curation.sampling.StratumQuota;
import org.relexcurator.model.Span;

class ReviewSampleStoreTest {

  @TempDir Path folder;

  private static final Stratum STRATUM = new Stratum("Bind", 2);

  private static StoredPair pair(String e2) {
    return new StoredPair(
        "d1",
        "T1",
        List.of(new Span(0, 3)),
        "Chemical",
        e2,
        List.of(new Span(8, 12)),
        "Gene",
        new Span(0, 20),
        "[E1]abc[/E1] binds [E2]ABCD[/E2]",
        "exact",
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static ReviewSample sample(String... keys) {
    return new ReviewSample(
        "scored.jsonl",
        ScoreBands.STANDARD,
        42,
        0.2,
        10,
        new TreeMap<>(Map.of(STRATUM, new StratumQuota(400, 3, 1))),
        java.util.Arrays.stream(keys)
            .map(key -> new SampledPair(key, STRATUM, 4 / 400.0, key.endsWith("T2")))
            .toList());
  }

  private ProjectDatabase projectWithTwoPairs() throws CurationStoreException {
    ProjectDatabase project = ProjectDatabase.create(folder.resolve("p.relex"));
    project.contents().putDocuments(List.of(new DocumentIdentity("d1", null, null, null)));
    project.contents().putPairs(List.of(pair("T2"), pair("T3")));
    return project;
  }

  @Test
  void aSavedSampleReadsBackWithItsDesignStrataAndInclusionProbabilities() throws Exception {
    try (ProjectDatabase project = projectWithTwoPairs()) {
      project.reviewSample().save(sample("d1|T1|T2", "d1|T1|T3"));
    }
    try (ProjectDatabase project = ProjectDatabase.open(folder.resolve("p.relex"))) {
      assertThat(project.reviewSample().read()).contains(sample("d1|T1|T2", "d1|T1|T3"));
    }
  }

  @Test
  void aProjectNotMadeFromASampleHasNone() throws Exception {
    try (ProjectDatabase project = projectWithTwoPairs()) {
      assertThat(project.reviewSample().read()).isEmpty();
    }
  }

  @Test
  void aSecondSampleAndASampledPairTheProjectLacksAreRefusedAndNothingIsSaved() throws Exception {
    try (ProjectDatabase project = projectWithTwoPairs()) {
      assertThatThrownBy(() -> project.reviewSample().save(sample("d1|T1|T2", "d1|T1|T9")))
          .isInstanceOf(CurationStoreException.class);
      assertThat(project.reviewSample().read()).isEmpty();

      project.reviewSample().save(sample("d1|T1|T2"));
      assertThatThrownBy(() -> project.reviewSample().save(sample("d1|T1|T3")))
          .isInstanceOf(CurationStoreException.class)
          .hasMessageContaining("holds a review sample already");
      assertThat(project.reviewSample().read().orElseThrow().pairs()).hasSize(1);
    }
  }
}
