package org.relexcurator.io.bioc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.relexcurator.io.AtomicFiles;
import org.relexcurator.io.DocumentFormat;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;

/**
 * BioC JSON: NCBI's collections, BioRED's, and PubTator3 exports (bare documents or {@code
 * {"PubTator3":[…]}}). See {@link BiocJsonParser} for the shapes read, and {@link
 * BiocDocumentDecoder} and {@link BiocDocumentEncoder} for how BioC maps to the model.
 *
 * <p>What a round trip does not keep: top-level document fields other than {@code id}, {@code
 * infons}, {@code passages} and {@code relations} (PubTator3's {@code _id}, {@code pmid}, {@code
 * journal}, {@code authors}, {@code relations_display}, …); PubTator3's relation {@code nodes},
 * which point into its display tables, not at annotations ({@link BiocRelationDecoder}); collection
 * source, date, key and infons; sentence infons; relations' level (all are written at document
 * level); text between passages (read back as spaces). The writer always writes a collection.
 */
public final class BiocJsonFormat implements DocumentFormat {

  public static final String NAME = "bioc-json";

  private static final Set<String> BIOC_KEYS = Set.of("documents", "passages", "PubTator3");
  private static final JsonFactory JSON = new JsonFactory();

  private final Clock clock;

  public BiocJsonFormat() {
    this(Clock.systemDefaultZone());
  }

  /**
   * @param clock gives the date the writer puts in the collection header
   */
  public BiocJsonFormat(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> extensions() {
    return List.of("json");
  }

  /**
   * Certain when the first object (of the file or of a top-level array) has a BioC key. When the
   * head ends inside a field before one is seen (a large or deeply nested first field), the file
   * itself is read on, skipping values without keeping them.
   */
  @Override
  public int recognize(Path path, String head) {
    String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
    try (JsonParser json = JSON.createParser(text)) {
      return firstObjectHasBiocKey(json) ? 95 : 0;
    } catch (JsonEOFException e) {
      return Files.isRegularFile(path) && fileHasBiocKey(path) ? 95 : 0;
    } catch (IOException e) {
      return 0; // not JSON, or nested deeper than a parser should follow
    }
  }

  private static boolean fileHasBiocKey(Path path) {
    try (JsonParser json = JSON.createParser(Files.newInputStream(path))) {
      return firstObjectHasBiocKey(json);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean firstObjectHasBiocKey(JsonParser json) throws IOException {
    JsonToken token = json.nextToken();
    if (token == JsonToken.START_ARRAY) {
      token = json.nextToken();
    }
    if (token != JsonToken.START_OBJECT) {
      return false;
    }
    while ((token = json.nextToken()) == JsonToken.FIELD_NAME) {
      if (BIOC_KEYS.contains(json.currentName())) {
        return true;
      }
      json.nextToken();
      json.skipChildren();
    }
    return false;
  }

  @Override
  public Corpus read(Path path) throws UnreadableInputException {
    return new BiocJsonReader().read(path);
  }

  @Override
  public void write(List<Document> documents, Path target) throws IOException {
    Bioc.Collection collection = new BiocDocumentEncoder().encode(documents, LocalDate.now(clock));
    AtomicFiles.write(target, out -> new BiocJsonWriter().write(collection, out));
  }
}
