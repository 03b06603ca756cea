package org.relexcurator.io.bioc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.Problem;

/**
 * A BioC XML file must never make the reader fetch, expand or disclose anything; one that declares
 * entities is refused whole.
 */
class BiocXmlSecurityTest {

  private static final Duration QUICKLY = Duration.ofSeconds(10);

  @TempDir Path folder;

  private Corpus read(String xml) throws Exception {
    Path file = folder.resolve("input.xml");
    Files.writeString(file, xml);
    return assertTimeoutPreemptively(QUICKLY, () -> new BiocXmlFormat().read(file));
  }

  private static String collection(String doctype, String text) {
    return "<?xml version='1.0' encoding='UTF-8'?>"
        + doctype
        + "\n"
        + "<collection><source>s</source><date>d</date><key>k</key>\n"
        + "<document><id>safe</id><passage><offset>0</offset><text>Safe text.</text></passage>"
        + "</document>\n"
        + "<document><id>attack</id><passage><offset>0</offset><text>"
        + text
        + "</text>"
        + "</passage></document>\n</collection>\n";
  }

  /** Runs the read while a local server listens, and says whether anything connected to it. */
  private static boolean connectsTo(ServerSocket server, ThrowingRead read) throws Exception {
    read.run();
    server.setSoTimeout(300);
    try (var connection = server.accept()) {
      return connection.isConnected();
    } catch (SocketTimeoutException e) {
      return false;
    }
  }

  @FunctionalInterface
  private interface ThrowingRead {
    void run() throws Exception;
  }

  private static ServerSocket localServer() throws Exception {
    return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
  }

  @Test
  void cdrFileWithItsDoctypeReadsWithoutTheDtd() throws Exception {
    Path copy = folder.resolve("cdr.xml");
    Files.copy(GoldenBioc.path("cdr-dev-6415512.xml"), copy);

    Corpus corpus = assertTimeoutPreemptively(QUICKLY, () -> new BiocXmlFormat().read(copy));

    assertThat(Files.readString(copy)).contains("<!DOCTYPE collection SYSTEM 'BioC.dtd'>");
    assertThat(corpus.documents()).hasSize(1);
    assertThat(corpus.problems()).noneMatch(p -> p.severity() == Problem.Severity.ERROR);
  }

  @Test
  void doctypeOnTheNetworkIsNeitherFetchedNorTried() throws Exception {
    Corpus corpus =
        read(collection("<!DOCTYPE collection SYSTEM \"http://127.0.0.1:9/BioC.dtd\">", "Plain."));
    assertThat(corpus.documents()).hasSize(2);
    assertThat(corpus.problems()).isEmpty();

    try (ServerSocket server = localServer()) {
      String doctype =
          "<!DOCTYPE collection SYSTEM \"http://127.0.0.1:"
              + server.getLocalPort()
              + "/BioC.dtd\">";
      assertThat(connectsTo(server, () -> read(collection(doctype, "Plain.")))).isFalse();
    }
  }

  @Test
  void doctypeNamingAMissingFileIsIgnored() throws Exception {
    Corpus corpus =
        read(
            collection(
                "<!DOCTYPE collection SYSTEM \"file:///nonexistent/folder/BioC.dtd\">", "Plain."));

    assertThat(corpus.documents()).hasSize(2);
    assertThat(corpus.problems()).isEmpty();
  }

  /** Reads the file expecting a refusal, and gives its message. */
  private String refusal(String xml) throws Exception {
    Path file = folder.resolve("input.xml");
    Files.writeString(file, xml);
    UnreadableInputException refused =
        assertTimeoutPreemptively(
            QUICKLY,
            () ->
                catchThrowableOfType(
                    UnreadableInputException.class, () -> new BiocXmlFormat().read(file)));
    assertThat(refused).as("the read is refused").isNotNull();
    return refused.getMessage();
  }

  @Test
  void billionLaughsIsRefusedWholeWithoutExpandingAnything() throws Exception {
    StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
    for (int level = 1; level <= 9; level++) {
      entities
          .append("<!ENTITY lol")
          .append(level)
          .append(" \"")
          .append(("&lol" + (level - 1) + ";").repeat(10))
          .append("\">");
    }

    String message = refusal(collection("<!DOCTYPE collection [" + entities + "]>", "&lol9;"));

    assertThat(message)
        .isEqualTo(
            folder.resolve("input.xml")
                + ": its DTD declares 10 entities"
                + " (lol0, lol1, lol2, …); DTD entity declarations are refused for safety (they can"
                + " expand without bound or read other files), so nothing was read");
  }

  @Test
  void externalEntityIsRefusedAndFileContentsNeverAppear() throws Exception {
    String doctype = "<!DOCTYPE collection [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>";

    String inText = refusal(collection(doctype, "before &x; after"));
    String inAttribute =
        refusal(
            collection(
                doctype,
                "Text.</text><annotation id=\"&x;\">"
                    + "<location offset=\"0\" length=\"4\"/><text>Text</text></annotation><text>"));

    for (String message : List.of(inText, inAttribute)) {
      assertThat(message)
          .contains("declares 1 entity (x)", "refused for safety")
          .doesNotContain("root:");
    }
  }

  @Test
  void externalParameterEntityIsRefusedWithoutBeingFetched() throws Exception {
    try (ServerSocket server = localServer()) {
      String doctype =
          "<!DOCTYPE collection [<!ENTITY % remote SYSTEM \"http://127.0.0.1:"
              + server.getLocalPort()
              + "/evil.dtd\"> %remote;]>";

      assertThat(
              connectsTo(
                  server,
                  () ->
                      assertThat(refusal(collection(doctype, "Plain.")))
                          .contains("declares 1 entity (%remote)")))
          .isFalse();
    }
  }

  @Test
  void referenceToAnUndeclaredEntityIsReportedAfterTheSafeDocuments() throws Exception {
    Corpus corpus = read(collection("<!DOCTYPE collection SYSTEM \"BioC.dtd\">", "&lol9;"));

    assertThat(corpus.documents()).extracting(Document::id).containsExactly("safe");
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
              assertThat(p.message()).contains("lol9", "not declared");
            });
  }

  @Test
  void internalSubsetWithoutEntitiesIsSkippedAndTheFileRead() throws Exception {
    Corpus corpus =
        read(
            collection(
                "<!DOCTYPE collection [<!ELEMENT collection ANY>"
                    + "<!-- an <!ENTITY in a comment declares nothing -->"
                    + "<!ATTLIST annotation id CDATA \"<!ENTITY>\">]>",
                "Plain."));

    assertThat(corpus.documents()).hasSize(2);
    assertThat(corpus.problems()).isEmpty();
  }

  @Test
  void hardenedFactoryRefusesExternalResourcesOnItsOwn() {
    var factory = HardenedXmlInput.newFactory();

    assertThat(factory.getProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD)).isEqualTo(false);
    assertThat(
            factory.getProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES))
        .isEqualTo(false);
    assertThatThrownBy(
            () ->
                factory
                    .getXMLResolver()
                    .resolveEntity(null, "http://127.0.0.1:9/BioC.dtd", null, null))
        .hasMessageContaining("not loaded");
  }
}
