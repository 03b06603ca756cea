package org.relexcurator.curation.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.relexcurator.curation.MentionChanges;
import org.relexcurator.curation.NetMentionChange;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.model.Decision;

/**
 * How much the curators corrected the pre-annotation (the mentions a tagger put in the file), and
 * how many gold pairs stand on their corrections: pairs a model fed the tagger's mentions never
 * sees.
 *
 * @param rows the net changes per entity type (the file's type of a changed mention), by type
 * @param goldPairs the project's gold pairs (obsolete ones left out)
 * @param goldOnAddedMentions gold pairs with a mention a curator added: they exist only because of
 *     it
 * @param goldOnChangedMentions the other gold pairs with a mention a curator resized or retyped
 */
public record PreAnnotation(
    List<TypeRow> rows, int goldPairs, int goldOnAddedMentions, int goldOnChangedMentions) {

  /** One type's net changes. */
  public record TypeRow(
      String type, int added, int removed, int resized, int retyped, int conceptIdsChanged) {}

  public PreAnnotation {
    rows = List.copyOf(rows);
  }

  /**
   * @param mentionEdits the mention edits in force, oldest first
   * @param goldPairs the gold pairs of the project
   */
  public static PreAnnotation of(List<Decision> mentionEdits, List<StoredPair> goldPairs) {
    MentionChanges changes = MentionChanges.of(mentionEdits);
    Map<String, int[]> counts = new TreeMap<>();
    for (NetMentionChange change : changes.all()) {
      int[] row = counts.computeIfAbsent(change.type(), type -> new int[5]);
      switch (change.kind()) {
        case ADDED -> row[0]++;
        case REMOVED -> row[1]++;
        case CHANGED -> {
          row[2] += change.resized() ? 1 : 0;
          row[3] += change.retyped() ? 1 : 0;
          row[4] += change.conceptIdsChanged() ? 1 : 0;
        }
      }
    }
    List<TypeRow> rows = new ArrayList<>();
    counts.forEach((type, c) -> rows.add(new TypeRow(type, c[0], c[1], c[2], c[3], c[4])));
    Set<String> added = changes.addedMentionKeys();
    Set<String> changed = changes.changedMentionKeys();
    int onAdded = 0;
    int onChanged = 0;
    for (StoredPair pair : goldPairs) {
      String e1 = pair.documentId() + "|" + pair.e1Id();
      String e2 = pair.documentId() + "|" + pair.e2Id();
      if (added.contains(e1) || added.contains(e2)) {
        onAdded++;
      } else if (changed.contains(e1) || changed.contains(e2)) {
        onChanged++;
      }
    }
    return new PreAnnotation(rows, goldPairs.size(), onAdded, onChanged);
  }

  /** The sentence under the table. */
  public String summary() {
    return goldOnAddedMentions
        + " of "
        + goldPairs
        + " gold pairs exist only because a curator added one of their mentions (a model"
        + " given the file's mentions never saw them); "
        + goldOnChangedMentions
        + " more stand on a mention a curator resized, retyped or gave other concept ids.";
  }

  static List<String> headers() {
    return List.of("type", "added", "removed", "resized", "retyped", "concept ids changed");
  }

  List<List<String>> cells() {
    List<List<String>> cells = new ArrayList<>();
    for (TypeRow row : rows) {
      cells.add(
          List.of(
              row.type(),
              Integer.toString(row.added()),
              Integer.toString(row.removed()),
              Integer.toString(row.resized()),
              Integer.toString(row.retyped()),
              Integer.toString(row.conceptIdsChanged())));
    }
    return cells;
  }
}
