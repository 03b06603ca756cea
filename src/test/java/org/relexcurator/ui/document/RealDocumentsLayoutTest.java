package org.relexcurator.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relexcurator.TestData;
import org.relexcurator.inference.EntityTypeMapping;
import org.relexcurator.inference.SentenceSplitter;
import org.relexcurator.io.formats.FormatRegistry;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.task.TaskMonitor;

/** Every mention of real files shows exactly the characters its offsets name. */
class RealDocumentsLayoutTest {

  static final Path BIORED_SAMPLE = Path.of("resources/samples/biored-dev-sample.pubtator");

  private static ShownDocument prepare(Document document) {
    return ShownDocument.prepare(
        document, EntityTypeMapping.bundled(), new SentenceSplitter(), Map.of(), TaskMonitor.NONE);
  }

  private static void assertEveryMentionShowsItsText(ShownDocument shown) {
    Document document = shown.document();
    assertThat(shown.mentions()).hasSameSizeAs(document.entities());
    for (Mention mention : shown.mentions()) {
      Entity entity = mention.entity();
      List<String> expected =
          entity.spans().stream().map(span -> document.text().slice(span)).toList();
      List<String> displayed =
          mention.ranges().stream()
              .map(r -> shown.text().text().substring(r.start(), r.end()))
              .toList();
      assertThat(displayed).as("%s %s", document.id(), entity.id()).isEqualTo(expected);
    }
  }

  @Test
  void everyMentionOfTheBundledBioredSampleShowsItsText() throws Exception {
    Corpus corpus = FormatRegistry.standard().read(BIORED_SAMPLE);

    assertThat(corpus.documents()).hasSize(6);
    for (Document document : corpus.documents()) {
      ShownDocument shown = prepare(document);
      assertEveryMentionShowsItsText(shown);
      assertThat(shown.text().text()).contains("\n\nAbstract\n");
    }
  }

  @Test
  void theTeamTatFullTextShowsAll557MentionsUnderItsSectionHeadings() throws Exception {
    Path file = TestData.path("teamtat-bioc/3757249_v0.xml");
    Document document = FormatRegistry.standard().read(file).documents().get(0);

    ShownDocument shown = prepare(document);

    assertEveryMentionShowsItsText(shown);
    assertThat(shown.mentions()).hasSize(557);
    assertThat(shown.text().text())
        .startsWith("Acetylation of the Cell-Fate Factor Dachshund")
        .contains("\n\nAbstract\nBreast cancer is a leading form")
        .contains("\n\nINTRODUCTION\nBreast cancer is one of")
        .contains("\n\nFigure\np53 and DACH1 regulate common functional gene modules")
        .contains("\n\nREFERENCES\nImpact of mutant p53");
    assertThat(shown.legend()).extracting(LegendEntry::label).startsWith("Gene", "Disease");
  }
}
