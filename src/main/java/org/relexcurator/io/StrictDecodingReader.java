package org.relexcurator.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes strictly but lazily: the characters before a malformed byte are handed out first
 * and the error comes with the next read, so that a parser fails at the bad byte and keeps what
 * came before ({@link java.io.InputStreamReader} fails a whole buffer early). The error says where
 * the byte is ({@link UndecodableBytesException}), which no JDK decoder does.
 */
public final class StrictDecodingReader extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private boolean endOfInput;
  private boolean flushed;
  private UndecodableBytesException pending;
  private long bytesDecoded;
  private int line = 1;
  private int column = 1;

  /**
   * @param in the bytes after any byte-order mark, which {@code charset} would keep as text
   * @param skipped how many bytes of the file come before {@code in} (the byte-order mark), so that
   *     errors give offsets in the file
   */
  public StrictDecodingReader(InputStream in, Charset charset, int skipped) {
    this.in = in;
    this.bytesDecoded = skipped;
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (pending != null) {
      throw pending;
    }
    if (flushed) {
      return -1;
    }
    if (length == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    while (true) {
      int before = bytes.position();
      int written = out.position();
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      bytesDecoded += bytes.position() - before;
      advance(buffer, written, out.position());
      if (result.isError()) {
        UndecodableBytesException error = error(result.length());
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

  private void advance(char[] buffer, int from, int to) {
    for (int i = from; i < to; i++) {
      if (buffer[i] == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
  }

  private UndecodableBytesException error(int length) {
    StringBuilder found = new StringBuilder();
    for (int i = 0; i < length; i++) {
      found.append(String.format(" 0x%02X", bytes.get(bytes.position() + i) & 0xFF));
    }
    return new UndecodableBytesException(
        decoder.charset().name(), found.toString().strip(), line, column, bytesDecoded);
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
