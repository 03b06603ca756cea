package org.relexcurator.ui.curation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.relexcurator.model.Decision;

/** Decisions in the words a curator reads in the deciding pane. */
final class DecisionSummary {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private DecisionSummary() {}

  /** What was decided: {@code corrected → inhibits}, {@code flagged for discussion}. */
  static String verdict(Decision decision) {
    String verdict =
        switch (decision.action()) {
          case ACCEPTED -> "accepted " + decision.label();
          case CORRECTED, REJECTED ->
              decision.action().name().toLowerCase(Locale.ROOT) + " → " + decision.label();
          case SKIPPED -> "skipped";
          case FLAGGED -> "flagged for discussion";
          case UNDONE -> "undone";
          case REDONE -> "redone";
          case ADJUDICATED -> "adjudicated → " + decision.label();
          case MENTION_ADDED, MENTION_CHANGED, MENTION_REMOVED ->
              decision.action().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                  + " "
                  + decision.mentionEdit().mentionId();
        };
    return decision.reason() == null
        ? verdict
        : verdict + " (" + decision.reason().description() + ")";
  }

  /** The verdict with who and when: {@code corrected → inhibits by alice 2 min ago}. */
  static String describe(Decision decision, Instant now, ZoneId zone) {
    return verdict(decision) + " by " + decision.curator() + " " + age(decision.time(), now, zone);
  }

  static String age(Instant then, Instant now, ZoneId zone) {
    Duration age = Duration.between(then, now);
    if (age.compareTo(Duration.ofMinutes(1)) < 0) {
      return "just now";
    }
    if (age.compareTo(Duration.ofHours(1)) < 0) {
      return age.toMinutes() + " min ago";
    }
    if (age.compareTo(Duration.ofDays(1)) < 0) {
      return age.toHours() + " h ago";
    }
    return "on " + DATE.format(then.atZone(zone));
  }
}
