package org.relexcurator.ui.settings;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.relexcurator.io.AtomicFiles;

/**
 * The last place as a small JSON file beside the settings ({@value #NAME}). Like the settings file,
 * reading never fails: a missing file is nowhere; a damaged one is nowhere with a warning naming
 * the file and the fault. Writing is atomic.
 */
public final class LastPlaceFile {

  public static final String NAME = "last-place.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  public LastPlaceFile(Path file) {
    this.file = file;
  }

  /** The file in a data folder, next to {@link SettingsFile#NAME}. */
  public static LastPlaceFile in(Path dataHome) {
    return new LastPlaceFile(dataHome.resolve(NAME));
  }

  public Path path() {
    return file;
  }

  /**
   * What reading the file gave.
   *
   * @param warning what was wrong with the file, for the curator; {@code null} when nothing was
   */
  public record Loaded(LastPlace place, String warning) {}

  public Loaded load() {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return new Loaded(LastPlace.NOWHERE, null);
    } catch (JacksonException e) {
      return nowhere("is not valid JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException | RuntimeException e) {
      return nowhere("could not be read (" + e.getMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      return nowhere("holds no object (expected {\"corpus\": \"…\", …})");
    }
    try {
      return new Loaded(
          new LastPlace(
              path(root, "project"),
              path(root, "corpus"),
              text(root, "documentId"),
              text(root, "pairKey")),
          null);
    } catch (InvalidPathException e) {
      return nowhere("names a path that is not one (" + e.getMessage() + ")");
    }
  }

  private Loaded nowhere(String fault) {
    return new Loaded(
        LastPlace.NOWHERE, file + " " + fault + "; the window opens empty and replaces it.");
  }

  private static String text(JsonNode root, String key) {
    JsonNode node = root.get(key);
    return node != null && node.isTextual() && !node.asText().isEmpty() ? node.asText() : null;
  }

  private static Path path(JsonNode root, String key) {
    String text = text(root, key);
    return text == null ? null : Path.of(text);
  }

  /** Writes the place so that a crash leaves either the old file or the new, never half. */
  public void save(LastPlace place) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    put(root, "project", place.project() == null ? null : place.project().toString());
    put(root, "corpus", place.corpus() == null ? null : place.corpus().toString());
    put(root, "documentId", place.documentId());
    put(root, "pairKey", place.pairKey());
    Files.createDirectories(file.toAbsolutePath().getParent());
    AtomicFiles.writeString(
        file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
  }

  private static void put(ObjectNode root, String key, String value) {
    if (value == null) {
      root.putNull(key);
    } else {
      root.put(key, value);
    }
  }
}
