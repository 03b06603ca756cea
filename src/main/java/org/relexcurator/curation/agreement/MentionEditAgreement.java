package org.relexcurator.curation.agreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.relexcurator.curation.MentionChanges;
import org.relexcurator.curation.NetMentionChange;
import org.relexcurator.model.Decision;
import org.relexcurator.model.Entity;

/**
 * How two curators' corrections of the mentions compare. Each curator's edits in force are reduced
 * to their net changes ({@link MentionChanges}); two changes are the same when they are of the same
 * file mention (or both of none, for added ones) and leave the same mention: the same spans, type
 * and concept ids, or none. Counted per type and kind (added, removed, changed).
 *
 * @param rows by type, then kind
 */
public record MentionEditAgreement(String first, String second, List<Row> rows) {

  /** One type and kind: changes both made, and those only one of them made. */
  public record Row(String type, String kind, int both, int firstOnly, int secondOnly) {}

  public MentionEditAgreement {
    rows = List.copyOf(rows);
  }

  /**
   * @param mentionEdits every mention edit in force, oldest first
   */
  public static MentionEditAgreement of(String first, String second, List<Decision> mentionEdits) {
    Map<String, String> firstChanges = changes(first, mentionEdits);
    Map<String, String> secondChanges = changes(second, mentionEdits);
    Map<String, int[]> counts = new TreeMap<>();
    Set<String> all = new TreeSet<>(firstChanges.keySet());
    all.addAll(secondChanges.keySet());
    for (String change : all) {
      String row = firstChanges.getOrDefault(change, secondChanges.get(change));
      int[] count = counts.computeIfAbsent(row, key -> new int[3]);
      boolean inFirst = firstChanges.containsKey(change);
      boolean inSecond = secondChanges.containsKey(change);
      count[inFirst && inSecond ? 0 : inFirst ? 1 : 2]++;
    }
    List<Row> rows = new ArrayList<>();
    counts.forEach(
        (key, count) -> {
          String[] typeAndKind = key.split("\u0000");
          rows.add(new Row(typeAndKind[0], typeAndKind[1], count[0], count[1], count[2]));
        });
    return new MentionEditAgreement(first, second, rows);
  }

  /** Every two of {@code curators} who edited mentions, in the order given. */
  public static List<MentionEditAgreement> amongEveryTwo(
      List<String> curators, List<Decision> mentionEdits) {
    Set<String> editing = new HashSet<>();
    mentionEdits.forEach(d -> editing.add(d.curator()));
    List<String> compared = curators.stream().filter(editing::contains).toList();
    List<MentionEditAgreement> agreements = new ArrayList<>();
    for (int i = 0; i < compared.size(); i++) {
      for (int j = i + 1; j < compared.size(); j++) {
        agreements.add(of(compared.get(i), compared.get(j), mentionEdits));
      }
    }
    return agreements;
  }

  /** Changes both made. */
  public int agreed() {
    return rows.stream().mapToInt(Row::both).sum();
  }

  /** Changes either made. */
  public int total() {
    return rows.stream().mapToInt(r -> r.both() + r.firstOnly() + r.secondOnly()).sum();
  }

  /** A curator's net changes: each one's identity, and its type and kind as the row key. */
  private static Map<String, String> changes(String curator, List<Decision> mentionEdits) {
    List<Decision> own = mentionEdits.stream().filter(d -> d.curator().equals(curator)).toList();
    Map<String, String> changes = new TreeMap<>();
    for (NetMentionChange change : MentionChanges.of(own).all()) {
      String identity =
          change.documentId()
              + "\u0000"
              + (change.original() == null ? "" : change.original().id())
              + "\u0000"
              + describe(change.current());
      changes.put(
          identity, change.type() + "\u0000" + change.kind().name().toLowerCase(Locale.ROOT));
    }
    return changes;
  }

  private static String describe(Entity mention) {
    return mention == null ? "" : mention.id() + "\u0000" + mention.conceptIds();
  }
}
