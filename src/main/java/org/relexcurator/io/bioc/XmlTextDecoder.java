package org.relexcurator.io.bioc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an XML file's bytes before the parser sees them: byte-order mark, else the XML
 * declaration's encoding, else UTF-8. Left to itself, the JDK parser prints "[Fatal Error]" to
 * standard error on a malformed byte; decoding here turns that into an ordinary exception.
 */
final class XmlTextDecoder {

  private static final Pattern DECLARED =
      Pattern.compile("\\A<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]*)[\"']");
  private static final int DECLARATION_BYTES = 256;

  private XmlTextDecoder() {}

  /** A reader that reports malformed input instead of replacing it. */
  static Reader open(BufferedInputStream in) throws IOException {
    in.mark(DECLARATION_BYTES);
    byte[] head = in.readNBytes(DECLARATION_BYTES);
    in.reset();
    Charset charset = StandardCharsets.UTF_8;
    int bom = 0;
    if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
      bom = 3;
    } else if (startsWith(head, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      bom = 2;
    } else if (startsWith(head, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      bom = 2;
    } else {
      charset = declared(new String(head, StandardCharsets.ISO_8859_1));
    }
    in.skipNBytes(bom);
    return new StrictDecodingReader(in, charset);
  }

  private static Charset declared(String head) throws IOException {
    Matcher declaration = DECLARED.matcher(head);
    if (!declaration.find()) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(declaration.group(1));
    } catch (IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
      throw new IOException("the declared encoding " + declaration.group(1) + " is unknown", e);
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
