package org.relexcurator.curation.project;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.relexcurator.curation.CurationStore;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.model.CuratedMentionId;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.model.Entity;
import org.relexcurator.model.MentionEdit;
import org.relexcurator.model.Span;

/**
 * Another RelEx Curator process, as the tests need one; {@link ChildJvm} runs it. Modes:
 *
 * <ul>
 *   <li>{@code record FILE CURATOR}: opens the project and records decisions until killed (every
 *       fifth step an undo, every seventh other step a mention added), printing {@code ack SEQUENCE
 *       PAIR ACTION LABEL} after each {@code record} returns.
 *   <li>{@code hold FILE}: opens the project, records three decisions (acknowledged as above),
 *       prints {@code open}, and closes it when a line arrives on standard input.
 *   <li>{@code try-open FILE}: prints {@code opened} or {@code refused MESSAGE}.
 * </ul>
 */
final class CuratorProcess {

  private static final int MOST_DECISIONS = 1_000_000;

  private CuratorProcess() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[1]);
    switch (args[0]) {
      case "record" -> record(file, args[2]);
      case "hold" -> hold(file);
      case "try-open" -> tryOpen(file);
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  private static void record(Path file, String curator) throws CurationStoreException {
    try (ProjectDatabase project = ProjectDatabase.open(file)) {
      CurationStore store = project.decisions();
      System.out.println("open");
      for (int step = 0; step < MOST_DECISIONS; step++) {
        acknowledge(store.record(draft(store, curator, step)));
      }
    }
  }

  /** The decision of a step: a label for one of 40 pairs, or, every fifth step, an undo. */
  static DecisionDraft draft(CurationStore store, String curator, int step)
      throws CurationStoreException {
    Optional<Decision> undoable = store.undoable(curator);
    if (step % 5 == 4 && undoable.isPresent()) {
      return DecisionDraft.undo(undoable.get(), Instant.now());
    }
    int pair = step % 40;
    if (step % 7 == 6) {
      // A mention over a character outside the BMP, one per step so that no two are the same.
      List<Span> spans = List.of(new Span(step, step + 2));
      Entity mention =
          new Entity(
              CuratedMentionId.of(spans, "Chemical"), "Chemical", spans, "😀", List.of(), null);
      return DecisionDraft.mentionEdit(
          MentionEdit.added("doc" + pair, mention),
          curator,
          "step " + step,
          Instant.now(),
          Duration.ofMillis(step));
    }
    String label =
        switch (step % 3) {
          case 0 -> "treats";
          case 1 -> "causes";
          default -> "none";
        };
    return DecisionDraft.labelled(
        "doc" + pair + "|T1|T2",
        curator,
        label,
        "treats",
        0.75,
        null,
        "step " + step,
        Instant.now(),
        Duration.ofMillis(step));
  }

  private static void hold(Path file) throws Exception {
    try (ProjectDatabase project = ProjectDatabase.open(file)) {
      CurationStore store = project.decisions();
      for (int step = 0; step < 3; step++) {
        acknowledge(store.record(draft(store, "holder", step)));
      }
      System.out.println("open");
      System.out.flush();
      new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }
    System.out.println("closed");
  }

  private static void tryOpen(Path file) throws CurationStoreException {
    try {
      ProjectDatabase.open(file).close();
      System.out.println("opened");
    } catch (ProjectInUseException e) {
      System.out.println("refused " + e.getMessage());
    }
  }

  private static void acknowledge(Decision decision) {
    System.out.println(
        "ack "
            + decision.sequence()
            + " "
            + decision.pairKey()
            + " "
            + decision.action()
            + " "
            + decision.label());
    System.out.flush();
  }
}
