package org.relexcurator.io.bioc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relexcurator.io.StrictDecodingReader;
import org.relexcurator.io.TextEncoding;

/**
 * Decodes an XML file's bytes before the parser sees them: byte-order mark, else the XML
 * declaration's encoding, else UTF-8. Left to itself, the JDK parser prints "[Fatal Error]" to
 * standard error on a malformed byte; decoding here turns that into an ordinary exception that says
 * where the byte is.
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
    TextEncoding marked = TextEncoding.of(head);
    Charset charset =
        marked.byteOrderMark() > 0
            ? marked.charset()
            : declared(new String(head, StandardCharsets.ISO_8859_1));
    in.skipNBytes(marked.byteOrderMark());
    return new StrictDecodingReader(in, charset, marked.byteOrderMark());
  }

  private static Charset declared(String head) throws IOException {
    Matcher declaration = DECLARED.matcher(head);
    if (!declaration.find()) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(declaration.group(1));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new IOException("the declared encoding " + declaration.group(1) + " is unknown", e);
    }
  }
}
