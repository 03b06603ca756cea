package org.relexcurator.inference.djl;

import java.nio.file.Path;
import java.util.List;

/**
 * What a {@link ModelFolderCheck} found, one line per check, for a person to read.
 *
 * @param folder the folder checked (a cache snapshot when a cache folder was given)
 * @param testModel true when the folder holds a random test model, whose scores mean nothing
 * @param lines the checks in the order they ran
 */
public record ModelCheckReport(Path folder, boolean testModel, List<Line> lines) {

  public ModelCheckReport {
    lines = List.copyOf(lines);
  }

  /** How one check came out. */
  public enum Outcome {
    PASSED("\u2713"),
    /** Usable, but the curator should know (a test model, an unexpected test prediction). */
    WARNING("\u26a0"),
    FAILED("\u2717");

    private final String symbol;

    Outcome(String symbol) {
      this.symbol = symbol;
    }

    /** ✓, ⚠ or ✗. */
    public String symbol() {
      return symbol;
    }
  }

  /**
   * One check.
   *
   * @param check what was checked, in a few words ("config.json", "Labels")
   * @param detail what was found; on failure, what is wrong and what to do
   */
  public record Line(Outcome outcome, String check, String detail) {

    @Override
    public String toString() {
      return outcome.symbol() + " " + check + ": " + detail;
    }
  }

  /** True when nothing failed: the model loads and predicts (warnings allowed). */
  public boolean usable() {
    return lines.stream().noneMatch(line -> line.outcome() == Outcome.FAILED);
  }

  /** The lines that failed. */
  public List<Line> failures() {
    return lines.stream().filter(line -> line.outcome() == Outcome.FAILED).toList();
  }

  /** The line of a check, if it ran. */
  public java.util.Optional<Line> line(String check) {
    return lines.stream().filter(line -> line.check().equals(check)).findFirst();
  }
}
