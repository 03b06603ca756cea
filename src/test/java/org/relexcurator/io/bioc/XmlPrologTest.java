package org.relexcurator.io.bioc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XmlPrologTest {

  private static XmlProlog read(String text) throws Exception {
    return XmlProlog.read(new StringReader(text));
  }

  @Test
  void theRootIsFoundAfterDeclarationCommentsAndAnExternalDoctype() throws Exception {
    XmlProlog prolog =
        read(
            "\uFEFF<?xml version='1.0'?>\n<!-- made by hand -->\n"
                + "<!DOCTYPE collection SYSTEM 'BioC.dtd'>\n<collection><source>");

    assertThat(prolog).isEqualTo(new XmlProlog("collection", true, List.of()));
  }

  @Test
  void generalAndParameterEntitiesAreNamedOnceEach() throws Exception {
    XmlProlog prolog =
        read(
            "<!DOCTYPE document [\n  <!ENTITY a \"x\">\n"
                + "  <!ENTITY % p SYSTEM \"http://example.org/p.dtd\"> %p;\n"
                + "  <!ENTITY\tb SYSTEM 'file:///etc/passwd'>\n]>\n<document>");

    assertThat(prolog.root()).isEqualTo("document");
    assertThat(prolog.entities()).containsExactly("a", "%p", "b");
  }

  @Test
  void entityWordsInCommentsAndLiteralsDeclareNothing() throws Exception {
    XmlProlog prolog =
        read(
            "<!DOCTYPE collection [<!-- <!ENTITY no \"x\"> -->"
                + "<!ATTLIST a b CDATA '<!ENTITY no2 \"y\">'><?pi <!ENTITY no3 \"z\"> ?>]><collection>");

    assertThat(prolog.entities()).isEmpty();
    assertThat(prolog.root()).isEqualTo("collection");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<?xml version='1.0'?><!DOCTYPE collection [<!ELEMENT a ANY>",
        "<!-- a comment that the head cuts",
        "<?xml version="
      })
  void textEndingInsideThePrologIsIncomplete(String head) throws Exception {
    XmlProlog prolog = read(head);

    assertThat(prolog.complete()).isFalse();
    assertThat(prolog.root()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345|t|A PubTator title", "T1\tGene 0 5\tBRCA1", "<<not xml"})
  void textThatIsNotXmlHasNoRoot(String text) throws Exception {
    XmlProlog prolog = read(text);

    assertThat(prolog.complete()).isTrue();
    assertThat(prolog.root()).isNull();
  }
}
