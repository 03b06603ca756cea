package org.relexcurator.io.bioc;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes strictly but lazily: the characters before a malformed byte are handed out first
 * and the error comes with the next read, so that a parser fails at the bad byte and keeps what
 * came before ({@link java.io.InputStreamReader} fails a whole buffer early).
 */
final class StrictDecodingReader extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private boolean endOfInput;
  private boolean flushed;
  private CharacterCodingException pending;

  StrictDecodingReader(InputStream in, Charset charset) {
    this.in = in;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (pending != null) {
      throw pending;
    }
    if (length == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    while (true) {
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      if (result.isError()) {
        CharacterCodingException error =
            new NotInCharset(result.length() + " byte(s) that are not " + decoder.charset().name());
        if (out.position() > offset) {
          pending = error;
          break;
        }
        throw error;
      }
      if (result.isOverflow() || out.position() > offset) {
        break;
      }
      if (endOfInput) {
        if (!flushed) {
          decoder.flush(out);
          flushed = true;
        }
        return out.position() > offset ? out.position() - offset : -1;
      }
      refill();
    }
    return out.position() - offset;
  }

  /** A malformed or unmappable byte sequence, said in words. */
  private static final class NotInCharset extends CharacterCodingException {
    private final String message;

    NotInCharset(String message) {
      this.message = message;
    }

    @Override
    public String getMessage() {
      return message;
    }
  }

  private void refill() throws IOException {
    bytes.compact();
    int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (read < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + read);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
