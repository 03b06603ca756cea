package org.relexcurator.io.bioc;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.relexcurator.io.DocumentFormat;

/** The golden BioC files in {@code src/test/resources/golden/bioc} and the formats they are in. */
final class GoldenBioc {

  static final Clock FIXED_CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  static final List<String> INPUTS =
      List.of(
          "biored-dev-2docs.xml",
          "biored-dev-2docs.json",
          "cdr-dev-6415512.xml",
          "teamtat-3757249-passages-1-6.xml",
          "ncbi-abbr-21488974.xml",
          "ncbi-everything-sentence.xml",
          "ncbi-everything-sentence.json",
          "pubtator3-10.1016_j.molcel.2019.03.023.json",
          "pubtator3-24633240.json");

  private GoldenBioc() {}

  static Path path(String name) {
    try {
      return Path.of(GoldenBioc.class.getResource("/golden/bioc/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing golden file " + name, e);
    }
  }

  static DocumentFormat formatOf(String name) {
    return name.endsWith(".json")
        ? new BiocJsonFormat(FIXED_CLOCK)
        : new BiocXmlFormat(FIXED_CLOCK);
  }

  /** {@code cdr-dev-6415512.xml} → {@code cdr-dev-6415512.expected.xml}. */
  static String expectedName(String input) {
    int dot = input.lastIndexOf('.');
    return input.substring(0, dot) + ".expected" + input.substring(dot);
  }
}
