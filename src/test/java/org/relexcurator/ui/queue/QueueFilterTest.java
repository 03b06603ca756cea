package org.relexcurator.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueueFilterTest {

  private static final Choice<String> ANY = Choice.any("any");

  @Test
  void onlyAFilterWithEveryConditionOpenAcceptsAllWithoutTesting() {
    assertThat(new QueueFilter(ANY, ANY, Choice.any("any"), null, 0, 1, "  ").acceptsAll())
        .isTrue();
    assertThat(new QueueFilter(null, null, null, null, 0, 1, null).acceptsAll()).isTrue();

    assertThat(new QueueFilter(Choice.of("treats"), ANY, null, null, 0, 1, "").acceptsAll())
        .isFalse();
    assertThat(
            new QueueFilter(ANY, Choice.of("Chemical → Disease"), null, null, 0, 1, "")
                .acceptsAll())
        .isFalse();
    assertThat(
            new QueueFilter(ANY, ANY, Choice.of(ReviewStatus.FLAGGED), null, 0, 1, "").acceptsAll())
        .isFalse();
    assertThat(
            new QueueFilter(ANY, ANY, null, Choice.of(DirectionStatus.DISAGREE), 0, 1, "")
                .acceptsAll())
        .isFalse();
    assertThat(new QueueFilter(ANY, ANY, null, null, 0.2, 1, "").acceptsAll()).isFalse();
    assertThat(new QueueFilter(ANY, ANY, null, null, 0, 0.9, "").acceptsAll()).isFalse();
    assertThat(new QueueFilter(ANY, ANY, null, null, 0, 1, "iodide").acceptsAll()).isFalse();
  }
}
