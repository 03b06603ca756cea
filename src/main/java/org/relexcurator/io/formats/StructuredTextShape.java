package org.relexcurator.io.formats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether the start of a text is clearly XML or JSON, said in words for a person. Format detection
 * asks when only plain text, which takes any file, would read it: a file that is structured data
 * must not become one document of markup.
 */
final class StructuredTextShape {

  private static final Pattern XML_START =
      Pattern.compile("\\A(<\\?xml\\b|<!DOCTYPE\\b|<!--|<[A-Za-z_][\\w.:-]*[\\s/>])");
  private static final JsonFactory JSON = new JsonFactory();

  private StructuredTextShape() {}

  /**
   * "XML (it starts with <!DOCTYPE)", "JSON", "JSON nested deeper than … levels", or empty when the
   * text is neither.
   */
  static Optional<String> of(String head) {
    String text = head.strip();
    var xml = XML_START.matcher(text);
    if (xml.find()) {
      return Optional.of("XML (it starts with " + xml.group(1).strip() + ")");
    }
    if (!text.startsWith("{") && !text.startsWith("[")) {
      return Optional.empty();
    }
    try (JsonParser json = JSON.createParser(text)) {
      while (json.nextToken() != null) {
        // tokens are only checked for being JSON
      }
      return Optional.of("JSON");
    } catch (StreamConstraintsException e) {
      return Optional.of(
          "JSON nested deeper than "
              + JSON.streamReadConstraints().getMaxNestingDepth()
              + " levels");
    } catch (JsonEOFException e) {
      return Optional.of("JSON"); // the head ends inside a value
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
