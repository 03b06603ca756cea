package org.relexcurator.curation.team;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Which pairs each curator of a team gets: the shared overlap, which every curator labels (so that
 * every two curators have the same pairs in common, which Cohen's kappa per two curators and
 * Fleiss' kappa over all of them both need), and each curator's own share of the rest.
 *
 * <p>Curators read documents, not isolated pairs, so documents are dealt whole: a shuffled order of
 * documents (by {@code seed}) fills the overlap with whole documents as long as one fits, and only
 * the last gap is closed with part of one document, so the overlap holds exactly its share of the
 * pairs. The remaining documents go, in the same order, each to the curator with the fewest pairs
 * so far (the first named on a tie), so the shares differ by at most one document's pairs.
 *
 * @param overlap the pairs every curator gets, in the project's order
 * @param shares each curator's own pairs, in the project's order, by curator in the order named
 */
public record TeamAssignment(List<String> overlap, Map<String, List<String>> shares) {

  /** A pair to deal out: its key and its document. */
  public record DealtPair(String key, String documentId) {}

  public TeamAssignment {
    overlap = List.copyOf(overlap);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    shares.forEach((curator, keys) -> copy.put(curator, List.copyOf(keys)));
    shares = Collections.unmodifiableMap(copy);
  }

  /** Every pair {@code curator} gets: the overlap and their own share, in the project's order. */
  public Set<String> pairsOf(String curator) {
    Set<String> pairs = new HashSet<>(overlap);
    pairs.addAll(shares.get(curator));
    return pairs;
  }

  /**
   * Deals {@code pairs} out.
   *
   * @param pairs every pair of the project, in its order
   * @param curators two or more different names
   * @param overlapShare the share of all pairs every curator gets, 0 to 1; the overlap holds that
   *     share of the pairs, rounded to the nearest whole pair
   * @param seed the same seed deals the same project the same way
   */
  public static TeamAssignment deal(
      List<DealtPair> pairs, List<String> curators, double overlapShare, long seed) {
    if (new LinkedHashSet<>(curators).size() != curators.size() || curators.size() < 2) {
      throw new IllegalArgumentException(
          "A team needs two or more different curators, e.g. --curators alice,bob; got "
              + String.join(",", curators));
    }
    if (!(overlapShare >= 0 && overlapShare <= 1)) {
      throw new IllegalArgumentException(
          "The overlap is a share of the pairs from 0 to 1, e.g. 0.2; got " + overlapShare);
    }
    Map<String, List<String>> byDocument = new LinkedHashMap<>();
    for (DealtPair pair : pairs) {
      byDocument.computeIfAbsent(pair.documentId(), id -> new ArrayList<>()).add(pair.key());
    }
    List<List<String>> documents = shuffled(new ArrayList<>(byDocument.values()), seed);
    int wanted = (int) Math.round(overlapShare * pairs.size());
    Set<String> overlap = new HashSet<>();
    List<List<String>> rest = new ArrayList<>();
    for (List<String> document : documents) {
      if (overlap.size() + document.size() <= wanted) {
        overlap.addAll(document);
      } else {
        rest.add(document);
      }
    }
    if (overlap.size() < wanted) {
      // No whole document closes the gap: the first one left is cut, its head shared.
      List<String> cut = rest.remove(0);
      int head = wanted - overlap.size();
      overlap.addAll(cut.subList(0, head));
      rest.add(0, cut.subList(head, cut.size()));
    }
    Map<String, Set<String>> shares = new LinkedHashMap<>();
    curators.forEach(curator -> shares.put(curator, new HashSet<>()));
    for (List<String> document : rest) {
      String fewest =
          curators.stream().min(Comparator.comparingInt(c -> shares.get(c).size())).orElseThrow();
      shares.get(fewest).addAll(document);
    }
    Map<String, List<String>> ordered = new LinkedHashMap<>();
    shares.forEach((curator, keys) -> ordered.put(curator, inOrder(pairs, keys)));
    return new TeamAssignment(inOrder(pairs, overlap), ordered);
  }

  private static List<List<String>> shuffled(List<List<String>> documents, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = documents.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      List<String> swap = documents.get(i);
      documents.set(i, documents.get(j));
      documents.set(j, swap);
    }
    return documents;
  }

  private static List<String> inOrder(List<DealtPair> pairs, Set<String> keys) {
    return pairs.stream().map(DealtPair::key).filter(keys::contains).toList();
  }
}
