package org.relexcurator.inference.djl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenWindowTest {

  private static final long E1 = 101;
  private static final long E1_END = 102;
  private static final long E2 = 103;
  private static final long E2_END = 104;
  private static final long[] MARKERS = {E1, E1_END, E2, E2_END};
  private static final long CLS = 2;
  private static final long SEP = 3;

  /** A sentence of ids: words are 1000 + their position, markers where the layout puts them. */
  private static long[] sentence(Object... parts) {
    List<Long> ids = new ArrayList<>();
    ids.add(CLS);
    for (Object part : parts) {
      if (part instanceof Long marker) {
        ids.add(marker);
      } else {
        for (int i = 0; i < (Integer) part; i++) {
          ids.add(1000L + ids.size());
        }
      }
    }
    ids.add(SEP);
    return ids.stream().mapToLong(Long::longValue).toArray();
  }

  private static long[] kept(long[] ids, int maxLength) {
    int[] positions = TokenWindow.select(ids.length, TokenWindow.mentions(ids, MARKERS), maxLength);
    return Arrays.stream(positions).mapToLong(p -> ids[p]).toArray();
  }

  /** Every kept opening marker is followed by its closing marker, and both entities are kept. */
  private static void assertBothEntitiesWhole(long[] kept) {
    List<TokenWindow.Mention> mentions = TokenWindow.mentions(kept, MARKERS);
    assertThat(mentions).extracting(TokenWindow.Mention::entity).contains(1, 2);
    long markers = Arrays.stream(kept).filter(id -> id >= E1 && id <= E2_END).count();
    assertThat(markers).isEqualTo(2L * mentions.size());
  }

  @Test
  void keepsAShortSentenceWhole() {
    long[] ids = sentence(3, E1, 2, E1_END, 4, E2, 1, E2_END, 2);

    assertThat(kept(ids, 32)).containsExactly(ids);
  }

  @Test
  void centresAWindowOnTheMarkedStretchOfALongSentence() {
    long[] ids = sentence(40, E1, 2, E1_END, 4, E2, 1, E2_END, 40);

    long[] kept = kept(ids, 24);

    assertThat(kept).hasSize(24);
    assertThat(kept[0]).isEqualTo(CLS);
    assertThat(kept[23]).isEqualTo(SEP);
    assertBothEntitiesWhole(kept);
    // 12 tokens from [E1] to [/E2]; the 10 spare ones split evenly around them
    assertThat(Arrays.copyOfRange(kept, 1, 6)).containsExactly(1036, 1037, 1038, 1039, 1040);
    assertThat(kept[6]).isEqualTo(E1);
  }

  @Test
  void slidesTheWindowToTheEndWhenTheEntitiesAreThere() {
    long[] ids = sentence(60, E2, 1, E2_END, 2, E1, 3, E1_END);

    long[] kept = kept(ids, 16);

    assertThat(kept).hasSize(16);
    assertBothEntitiesWhole(kept);
    assertThat(kept[14]).isEqualTo(E1_END);
    assertThat(kept[15]).isEqualTo(SEP);
  }

  @Test
  void cutsTheMiddleWhenTheEntitiesLieTooFarApart() {
    long[] ids = sentence(5, E1, 2, E1_END, 50, E2, 3, E2_END, 5);

    long[] kept = kept(ids, 16);

    // both mentions whole; the 5 spare tokens go right after the first and right before the second
    assertThat(kept)
        .containsExactly(
            CLS, E1, 1007, 1008, E1_END, 1010, 1011, 1012, 1058, 1059, E2, 1061, 1062, 1063, E2_END,
            SEP);
  }

  @Test
  void shortensEntitiesThatAloneExceedTheLimitButKeepTheirMarkers() {
    long[] ids = sentence(2, E1, 30, E1_END, 3, E2, 30, E2_END, 2);

    long[] kept = kept(ids, 12);

    assertThat(kept).hasSize(12);
    assertBothEntitiesWhole(kept);
    assertThat(kept).containsSubsequence(CLS, E1, E1_END, E2, E2_END, SEP);
  }

  @Test
  void choosesTheClosestPairOfRepeatedMentionsAndNeverCutsOneInHalf() {
    // training tagged every occurrence of an entity's text, so E1 appears three times
    long[] ids = sentence(E1, 1, E1_END, 30, E1, 1, E1_END, 2, E2, 2, E2_END, 3, E1, 1, E1_END, 30);

    long[] kept = kept(ids, 20);

    // the window around the closest pair would end inside the third E1 mention: it stops before
    assertBothEntitiesWhole(kept);
    assertThat(kept).hasSize(18);
    assertThat(TokenWindow.mentions(kept, MARKERS))
        .extracting(TokenWindow.Mention::entity)
        .containsExactly(1, 2);
  }

  @Test
  void dropsAMentionTheWindowEdgeWouldCut() {
    long[] ids = sentence(20, E1, 6, E1_END, 1, E1, 1, E1_END, 1, E2, 1, E2_END, 20);

    long[] kept = kept(ids, 18);

    // the centred window would start inside the long first E1 mention; it starts after it
    assertBothEntitiesWhole(kept);
    assertThat(kept).startsWith(CLS, 1029, E1, 1031, E1_END, 1033, E2).hasSize(15);
  }
}
