package org.relexcurator.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The encoding of a text file as its first bytes say: UTF-8 or UTF-16 (either byte order) after a
 * byte-order mark, as Windows editors save them, else UTF-8. Without a mark, UTF-16 is only
 * recognised to name it in a refusal: guessing encodings silently would misread files.
 *
 * @param byteOrderMark the length of the mark in bytes, 0 when there is none
 */
public record TextEncoding(Charset charset, int byteOrderMark) {

  private static final int MARK_BYTES = 3;
  private static final int SAMPLE_BYTES = 512;

  /** The encoding the bytes at the start of a file announce. */
  public static TextEncoding of(byte[] head) {
    if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
      return new TextEncoding(StandardCharsets.UTF_8, 3);
    }
    if (startsWith(head, 0xFE, 0xFF)) {
      return new TextEncoding(StandardCharsets.UTF_16BE, 2);
    }
    if (startsWith(head, 0xFF, 0xFE)) {
      return new TextEncoding(StandardCharsets.UTF_16LE, 2);
    }
    return new TextEncoding(StandardCharsets.UTF_8, 0);
  }

  /**
   * A strict reader of the stream's text after its byte-order mark, if any, in the encoding the
   * mark names. Malformed bytes give an {@link UndecodableBytesException}.
   */
  public static StrictDecodingReader open(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in);
    buffered.mark(MARK_BYTES);
    TextEncoding encoding = of(buffered.readNBytes(MARK_BYTES));
    buffered.reset();
    buffered.skipNBytes(encoding.byteOrderMark());
    return new StrictDecodingReader(buffered, encoding.charset(), encoding.byteOrderMark());
  }

  /**
   * {@code UTF-16LE} or {@code UTF-16BE} when bytes without a byte-order mark look like text in it:
   * in the first few hundred bytes, every other byte is zero and the others are not.
   */
  public static Optional<String> unmarkedUtf16(byte[] head) {
    int length = Math.min(head.length, SAMPLE_BYTES) & ~1;
    if (length < 2) {
      return Optional.empty();
    }
    boolean evenZero = true;
    boolean oddZero = true;
    for (int i = 0; i < length; i += 2) {
      evenZero &= head[i] == 0 && head[i + 1] != 0;
      oddZero &= head[i + 1] == 0 && head[i] != 0;
    }
    if (evenZero || oddZero) {
      return Optional.of(evenZero ? "UTF-16BE" : "UTF-16LE");
    }
    return Optional.empty();
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
