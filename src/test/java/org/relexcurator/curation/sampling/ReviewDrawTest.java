package org.relexcurator.curation.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.relexcurator.io.scored.ScoredPair;
import org.relexcurator.io.scored.ScoredPairSource;
import org.relexcurator.model.Problem;

class ReviewDrawTest {

  /** 60 pairs: 40 confident "A", 15 unsure "A", 5 "B"; read twice, the same each time. */
  private static final class ListedPairs implements ScoredPairSource {
    private final List<ScoredPair> pairs = new ArrayList<>();

    ListedPairs() {
      for (int i = 0; i < 60; i++) {
        String label = i < 55 ? "A" : "B";
        double score = i < 40 ? 0.97 : 0.6;
        pairs.add(
            new ScoredPair(
                "scored.jsonl",
                i + 1,
                "corpus.pubtator",
                "d" + i,
                "d" + i + "|T0|T1",
                null,
                List.of("A", "B"),
                List.of(0.0, 0.0),
                label,
                score,
                "sha256:m",
                "m",
                false));
      }
    }

    @Override
    public String describe() {
      return "sixty pairs";
    }

    @Override
    public void read(Consumer<ScoredPair> each, List<Problem> problems) {
      pairs.forEach(each);
    }
  }

  private static DrawnSample draw(long seed) throws Exception {
    return ReviewDraw.draw(new ListedPairs(), ScoreBands.STANDARD, 12, 0.25, seed);
  }

  @Test
  void theSameSeedDrawsTheSamePairsAndAnotherSeedOthers() throws Exception {
    List<String> first = draw(7).pairs().stream().map(p -> p.pair().pairKey()).toList();

    assertThat(draw(7).pairs().stream().map(p -> p.pair().pairKey()).toList()).isEqualTo(first);
    assertThat(draw(8).pairs().stream().map(p -> p.pair().pairKey()).toList()).isNotEqualTo(first);
  }

  @Test
  void eachStratumGivesItsQuotaAndEachPairCarriesItsStratumsInclusionProbability()
      throws Exception {
    DrawnSample sample = draw(3);

    assertThat(sample.population()).isEqualTo(60);
    assertThat(sample.pairs()).hasSize(12);
    Map<Stratum, Integer> drawn = new HashMap<>();
    Map<Stratum, Integer> control = new HashMap<>();
    for (DrawnPair pair : sample.pairs()) {
      drawn.merge(pair.stratum(), 1, Integer::sum);
      control.merge(pair.stratum(), pair.control() ? 1 : 0, Integer::sum);
      StratumQuota quota = sample.quotas().get(pair.stratum());
      assertThat(pair.inclusionProbability())
          .isEqualTo((double) quota.sampled() / quota.population());
    }
    sample
        .quotas()
        .forEach(
            (stratum, quota) -> {
              assertThat(drawn.get(stratum)).isEqualTo(quota.sampled());
              assertThat(control.get(stratum)).isEqualTo(quota.control());
            });
  }

  @Test
  void overManyDrawsEachPairIsDrawnAsOftenAsItsInclusionProbabilitySays() throws Exception {
    int draws = 3_000;
    Map<String, Integer> times = new HashMap<>();
    Map<String, Double> probability = new HashMap<>();
    for (long seed = 0; seed < draws; seed++) {
      for (DrawnPair pair : draw(seed).pairs()) {
        times.merge(pair.pair().pairKey(), 1, Integer::sum);
        probability.put(pair.pair().pairKey(), pair.inclusionProbability());
      }
    }

    assertThat(times).hasSize(60);
    for (Map.Entry<String, Integer> pair : times.entrySet()) {
      double p = probability.get(pair.getKey());
      double standardError = Math.sqrt(p * (1 - p) / draws);
      assertThat((double) pair.getValue() / draws)
          .as(pair.getKey())
          .isCloseTo(p, within(4.5 * standardError + 1e-9));
    }
  }
}
