package org.relexcurator.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictDecodingReaderTest {

  private static StrictDecodingReader over(byte[] bytes) {
    return new StrictDecodingReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, 0);
  }

  @Test
  void theEndOfTheTextIsReportedAgainOnEveryLaterRead() throws IOException {
    char[] buffer = new char[16];
    try (StrictDecodingReader reader = over("é\n".getBytes(StandardCharsets.UTF_8))) {
      assertThat(reader.read(buffer, 0, buffer.length)).isEqualTo(2);
      assertThat(reader.read(buffer, 0, buffer.length)).isEqualTo(-1);
      assertThat(reader.read(buffer, 0, buffer.length)).isEqualTo(-1);
    }
  }

  @Test
  void theTextBeforeABadByteIsGivenFirstAndTheByteThenNamedWithItsPlace() throws IOException {
    char[] buffer = new char[16];
    byte[] bytes = {'a', '\n', 'b', (byte) 0xE9, 'c'};
    try (StrictDecodingReader reader = over(bytes)) {
      assertThat(reader.read(buffer, 0, buffer.length)).isEqualTo(3);
      assertThatThrownBy(() -> reader.read(buffer, 0, buffer.length))
          .isInstanceOf(UndecodableBytesException.class)
          .hasMessage("not UTF-8 text at line 2, column 2 (byte 0xE9 at offset 3)");
    }
  }
}
