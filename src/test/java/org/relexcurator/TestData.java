package org.relexcurator;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real corpus files and slices in the repository's {@code testdata/} folder (provenance and
 * licences in its README). Tests that need one fail when it is missing rather than skip, so a clone
 * tests itself in full or says what is wrong.
 */
public final class TestData {

  /** Set by the build to the project's folder; the working directory's otherwise (as in an IDE). */
  private static final Path ROOT = Path.of(System.getProperty("relex.testdata", "testdata"));

  private TestData() {}

  /** The file or folder at {@code relative} under {@code testdata/}, which must exist. */
  public static Path path(String relative) {
    Path path = ROOT.resolve(relative);
    if (!Files.exists(path)) {
      throw new AssertionError(
          path.toAbsolutePath()
              + " is missing: the tests read it from the "
              + "repository's testdata/ folder (see testdata/README.md)");
    }
    return path;
  }
}
