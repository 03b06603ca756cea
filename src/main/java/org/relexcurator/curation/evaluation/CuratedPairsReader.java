package org.relexcurator.curation.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.relexcurator.curation.export.CuratedJsonlReader;
import org.relexcurator.io.UnreadableInputException;

/**
 * Reads a curated-pairs JSON Lines export for evaluation, through the one reader of the format
 * ({@link CuratedJsonlReader}): bad lines are skipped with a problem each and reading goes on; only
 * a file that cannot be opened at all throws.
 */
public final class CuratedPairsReader {

  private CuratedPairsReader() {}

  public static CuratedPairs read(Path file) throws UnreadableInputException {
    CuratedJsonlReader.Result<CuratedPair> read =
        CuratedJsonlReader.read(file, new CuratedPairFields());
    return new CuratedPairs(file.toString(), read.rows(), read.problems());
  }

  /** Reads from a stream, naming {@code source} in problems; the stream is left open. */
  public static CuratedPairs read(String source, InputStream in) throws IOException {
    CuratedJsonlReader.Result<CuratedPair> read =
        CuratedJsonlReader.read(source, in, new CuratedPairFields());
    return new CuratedPairs(source, read.rows(), read.problems());
  }
}
