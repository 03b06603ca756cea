package org.relexcurator.curation.agreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.relexcurator.curation.MentionChanges;
import org.relexcurator.curation.NetMentionChange;
import org.relexcurator.model.Decision;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Span;

/**
 * Where curators' mention corrections conflict, as label disputes are where their labels do. Each
 * curator's edits in force are reduced to net changes ({@link MentionChanges}); then
 *
 * <ul>
 *   <li>a file mention two or more curators changed or removed, and left differently (other spans,
 *       type or concept ids, or removed by one and kept by another), is one dispute;
 *   <li>mentions two curators added in one document whose spans overlap and whose types differ are
 *       one dispute (the same spans and type make the same mention, which is agreement; an addition
 *       overlapping another of the same type is left to the pairs' labels).
 * </ul>
 *
 * A curator who left a mention untouched takes no side.
 */
public final class MentionDisputes {

  private MentionDisputes() {}

  /**
   * @param mentionEdits every mention edit in force, oldest first
   * @return the disputes, file mentions first, each by document and mention
   */
  public static List<MentionDispute> of(List<Decision> mentionEdits) {
    Map<String, List<Decision>> byCurator = new TreeMap<>();
    mentionEdits.forEach(
        d -> byCurator.computeIfAbsent(d.curator(), c -> new ArrayList<>()).add(d));
    Map<String, SortedMap<String, NetMentionChange>> ofFileMentions = new TreeMap<>();
    List<Map.Entry<String, NetMentionChange>> additions = new ArrayList<>();
    byCurator.forEach(
        (curator, own) -> {
          for (NetMentionChange change : MentionChanges.of(own).all()) {
            if (change.original() == null) {
              additions.add(Map.entry(curator, change));
            } else {
              ofFileMentions
                  .computeIfAbsent(
                      change.documentId() + "|" + change.original().id(), k -> new TreeMap<>())
                  .put(curator, change);
            }
          }
        });
    List<MentionDispute> disputes = new ArrayList<>();
    ofFileMentions.forEach(
        (key, changes) -> {
          Set<String> outcomes = new HashSet<>();
          changes.values().forEach(c -> outcomes.add(outcome(c.current())));
          if (outcomes.size() > 1) {
            NetMentionChange any = changes.values().iterator().next();
            disputes.add(new MentionDispute(any.documentId(), any.original().id(), changes));
          }
        });
    disputes.addAll(conflictingAdditions(additions));
    return disputes;
  }

  private static String outcome(Entity current) {
    return current == null ? "" : current.id() + "\u0000" + current.conceptIds();
  }

  /** Groups of overlapping additions of different types by different curators. */
  private static List<MentionDispute> conflictingAdditions(
      List<Map.Entry<String, NetMentionChange>> additions) {
    List<MentionDispute> disputes = new ArrayList<>();
    Set<Integer> taken = new HashSet<>();
    for (int i = 0; i < additions.size(); i++) {
      if (taken.contains(i)) {
        continue;
      }
      SortedMap<String, NetMentionChange> group = new TreeMap<>();
      Map.Entry<String, NetMentionChange> first = additions.get(i);
      for (int j = i + 1; j < additions.size(); j++) {
        Map.Entry<String, NetMentionChange> other = additions.get(j);
        if (!taken.contains(j)
            && !other.getKey().equals(first.getKey())
            && !group.containsKey(other.getKey())
            && conflict(first.getValue(), other.getValue())) {
          group.put(other.getKey(), other.getValue());
          taken.add(j);
        }
      }
      if (!group.isEmpty()) {
        group.put(first.getKey(), first.getValue());
        disputes.add(new MentionDispute(first.getValue().documentId(), null, group));
      }
    }
    disputes.sort(
        (a, b) ->
            a.documentId().equals(b.documentId())
                ? Integer.compare(start(a), start(b))
                : a.documentId().compareTo(b.documentId()));
    return disputes;
  }

  private static int start(MentionDispute dispute) {
    return dispute.changes().values().stream().mapToInt(c -> c.current().start()).min().orElse(0);
  }

  private static boolean conflict(NetMentionChange a, NetMentionChange b) {
    return a.documentId().equals(b.documentId())
        && !Objects.equals(a.current().type(), b.current().type())
        && overlap(a.current().spans(), b.current().spans());
  }

  private static boolean overlap(List<Span> a, List<Span> b) {
    return a.stream().anyMatch(x -> b.stream().anyMatch(x::overlaps));
  }
}
