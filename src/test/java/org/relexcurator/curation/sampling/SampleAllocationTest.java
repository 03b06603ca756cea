package org.relexcurator.curation.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class SampleAllocationTest {

  private static final Stratum RARE = new Stratum("Bind", 0);
  private static final Stratum MIDDLE = new Stratum("Association", 1);
  private static final Stratum BULK = new Stratum("Association", 3);

  @Test
  void theControlShareGoesInProportionToSizeAndTheRestEquallyToEveryStratum() {
    SortedMap<Stratum, StratumQuota> quotas =
        SampleAllocation.allocate(Map.of(RARE, 1_000L, MIDDLE, 3_000L, BULK, 96_000L), 100, 0.2);

    // 20 control pairs: 0.2, 0.6 and 19.2 by size, largest remainders first.
    assertThat(quotas.get(BULK).control()).isEqualTo(19);
    assertThat(quotas.get(MIDDLE).control()).isEqualTo(1);
    assertThat(quotas.get(RARE).control()).isZero();
    // 80 more pairs, equally: 27, 27, 26 in stratum order.
    assertThat(quotas.values().stream().mapToInt(StratumQuota::focus)).containsExactly(27, 27, 26);
    assertThat(quotas.values().stream().mapToInt(StratumQuota::sampled).sum()).isEqualTo(100);
    assertThat(quotas.get(RARE).inclusionProbability()).isEqualTo(26 / 1_000.0);
  }

  @Test
  void aStratumSmallerThanItsEqualShareGivesAllItsPairsAndTheOthersTakeTheRest() {
    SortedMap<Stratum, StratumQuota> quotas =
        SampleAllocation.allocate(Map.of(RARE, 5L, MIDDLE, 500L, BULK, 500L), 60, 0);

    assertThat(quotas.get(RARE).sampled()).isEqualTo(5);
    assertThat(quotas.get(RARE).inclusionProbability()).isEqualTo(1.0);
    assertThat(quotas.get(MIDDLE).sampled() + quotas.get(BULK).sampled()).isEqualTo(55);
    assertThat(quotas.get(MIDDLE).sampled() - quotas.get(BULK).sampled()).isBetween(-1, 1);
  }

  @Test
  void aSampleAsLargeAsTheCorpusTakesEveryPair() {
    SortedMap<Stratum, StratumQuota> quotas =
        SampleAllocation.allocate(Map.of(RARE, 3L, BULK, 4L), 50, 0.5);

    assertThat(quotas.values())
        .allSatisfy(quota -> assertThat(quota.inclusionProbability()).isEqualTo(1.0));
  }
}
