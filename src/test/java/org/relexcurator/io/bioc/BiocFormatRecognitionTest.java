package org.relexcurator.io.bioc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BiocFormatRecognitionTest {

  private static final Path ANY = Path.of("input");

  private final BiocXmlFormat xml = new BiocXmlFormat();
  private final BiocJsonFormat json = new BiocJsonFormat();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<?xml version='1.0' encoding='UTF-8'?><!DOCTYPE collection SYSTEM \"BioC.dtd\"><collection>",
        "\uFEFF<?xml version=\"1.0\"?>\n<!-- exported -->\n<collection>\n  <source>PMC",
        "<!DOCTYPE collection [<!ENTITY x \"y\">]>\n<collection><source>",
        "<document><id>1</id>"
      })
  void xmlWithACollectionOrDocumentRootIsBioc(String head) {
    assertThat(xml.recognize(ANY, head)).isGreaterThanOrEqualTo(90);
    assertThat(json.recognize(ANY, head)).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<?xml version='1.0'?><html><body>",
        "<?xml version='1.0'?><collectionX>",
        "12345|t|A PubTator title\n12345|a|An abstract",
        "T1\tGene 0 5\tBRCA1\n",
        ""
      })
  void otherTextIsNotBiocXml(String head) {
    assertThat(xml.recognize(ANY, head)).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"source\": \"PubTator\", \"date\": \"2021\", \"key\": \"BioC.key\", \"documents\": [",
        "{\"_id\": \"1|None\", \"id\": \"1\", \"infons\": {\"doi\": \"x\", \"n\": [1, {\"a\": 2}]},"
            + " \"passages\": [{\"infons\": {",
        "{\"PubTator3\": [{\"_id\": \"",
        "\uFEFF{\"documents\": []}",
        "  [{\"id\": \"1\", \"passages\": []}]"
      })
  void jsonWhoseFirstObjectHasABiocKeyIsBioc(String head) {
    assertThat(json.recognize(ANY, head)).isGreaterThanOrEqualTo(90);
    assertThat(xml.recognize(ANY, head)).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"name\": \"relex\", \"version\": \"1.0\"}",
        "{\"infons\": {\"passages\": 1}, \"other\": 2}",
        "[1, 2, 3]",
        "{\"source\": \"PubTator\", \"date\": \"20",
        "not json at all",
        ""
      })
  void otherJsonIsNotBiocJson(String head) {
    assertThat(json.recognize(ANY, head)).isZero();
  }

  @Test
  void everyGoldenInputIsRecognisedByItsOwnFormatOnly() throws Exception {
    for (String input : GoldenBioc.INPUTS) {
      String head = Files.readString(GoldenBioc.path(input));
      boolean isJson = input.endsWith(".json");
      assertThat(json.recognize(ANY, head)).as(input).isEqualTo(isJson ? 95 : 0);
      assertThat(xml.recognize(ANY, head)).as(input).isEqualTo(isJson ? 0 : 95);
    }
  }

  @Test
  void namesAndExtensionsAreTheOnesTheCommandLineUses() {
    assertThat(xml.name()).isEqualTo("bioc-xml");
    assertThat(xml.extensions()).containsExactly("xml");
    assertThat(json.name()).isEqualTo("bioc-json");
    assertThat(json.extensions()).containsExactly("json");
  }
}
