package org.relexcurator.io.scored;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.model.Problem;

/**
 * Scored pairs read one at a time, so that a corpus of any size passes through in constant memory.
 * Reading twice gives the same pairs in the same order: sampling counts in a first pass and picks
 * in a second.
 *
 * <p>JSON lines ({@link ScoredJsonl}) is the one shape read today; a Parquet reader for {@code
 * relex spark-predict}'s default output is another implementation of this interface, chosen in
 * {@link #of}.
 */
public interface ScoredPairSource {

  /** What the source is, for messages. */
  String describe();

  /**
   * Gives every good pair to {@code each}, in order; a bad line becomes a problem added to {@code
   * problems} naming its file and line, and reading goes on.
   *
   * @throws UnreadableInputException if a file cannot be read at all
   */
  void read(Consumer<ScoredPair> each, List<Problem> problems) throws UnreadableInputException;

  /**
   * The source for a path: a {@code .jsonl} file of {@code relex predict}, or a folder of Spark's
   * {@code part-*} JSON files.
   *
   * @throws UnreadableInputException if the path is missing or holds no scored file
   */
  static ScoredPairSource of(Path path) throws UnreadableInputException {
    return ScoredJsonl.of(path);
  }
}
