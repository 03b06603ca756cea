package org.relexcurator.io.brat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.relexcurator.model.Corpus;

/**
 * Annotation files made of brat-like pieces in random order, next to a real text: the reader never
 * throws, and whatever it kept survives a write and a second read unchanged.
 */
class BratReaderPropertiesTest {

  private static final String TEXT =
      "IL-10 binds \uD835\uDEFC-IL-10R1 in \u201cT cells\u201d.\r\nE. coli K-12 was not used.";

  private final BratFormat format = new BratFormat();

  @Property(tries = 300)
  void whatTheReaderKeepsSurvivesAWriteAndASecondRead(@ForAll("annotations") String ann)
      throws Exception {
    Path dir = Files.createTempDirectory("brat-property");
    try {
      Files.writeString(dir.resolve("doc.txt"), TEXT);
      Files.writeString(dir.resolve("doc.ann"), ann);

      Corpus first = format.read(dir.resolve("doc.ann"));
      assertThat(first.documents()).hasSize(1);
      assertThat(first.problems()).allSatisfy(p -> assertThat(p.describe()).contains("doc"));

      Path out = dir.resolve("out");
      format.write(first.documents(), out);
      Corpus second = format.read(out.resolve("doc.ann"));

      assertThat(second.problems()).isEmpty();
      assertThat(second.documents()).isEqualTo(first.documents());
    } finally {
      try (var files = Files.walk(dir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  @Provide
  Arbitrary<String> annotations() {
    Arbitrary<String> piece =
        Arbitraries.of(
            List.of(
                "T1",
                "T2",
                "T3",
                "T2_cancer",
                "R1",
                "R",
                "E1",
                "E2",
                "*",
                "A1",
                "M1",
                "N1",
                "#1",
                "X1",
                "\t",
                "\t",
                "\t",
                " ",
                " ",
                " ",
                ";",
                "Protein",
                "Binding",
                "Theme:T1",
                "Theme2:T2",
                "Arg1:T1",
                "Arg2:T3",
                "Cause:E1",
                "Trigger:T2",
                "Binding:T3",
                "Equiv",
                "Negation",
                "Confidence",
                "AnnotatorNotes",
                "Reference",
                "Wikipedia:534366",
                "-1",
                "0",
                "5",
                "12",
                "18",
                "19",
                "22",
                "99999999999",
                "IL-10",
                "binds",
                "\uD835\uDEFC-IL-10R1",
                "\u201cT cells\u201d",
                "E. coli",
                "\n",
                "\r\n"));
    Arbitrary<String> line =
        Arbitraries.oneOf(
            Arbitraries.of(
                "T1\tProtein 0 5\tIL-10",
                "T2\tBinding 6 11\tbinds",
                "T3\tProtein 12 22\t\uD835\uDEFC-IL-10R1",
                "T2_cancer\tProtein 0 2;3 5\tIL 10",
                "T4\tSpecies 43 50\tE. coli",
                "E1\tBinding:T2 Theme:T1 Theme2:T3",
                "E2\tRegulation:T2 Cause:E1",
                "R1\tBinds Arg1:T1 Arg2:T3",
                "*\tEquiv T1 T3",
                "A1\tNegation E1",
                "M1\tSpeculation E2",
                "A2\tConfidence T1 High",
                "N1\tReference T1 HGNC:5962\tIL10",
                "#1\tAnnotatorNotes R1\ta \u201cnote\u201d\there"),
            piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces)));
    return line.list().ofMaxSize(14).map(lines -> String.join("\n", lines));
  }
}
