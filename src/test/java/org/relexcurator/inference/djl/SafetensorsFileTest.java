package org.relexcurator.inference.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.ClassificationException;

class SafetensorsFileTest {

  @TempDir Path dir;

  /** A file by hand: header JSON, then the given little-endian data bytes. */
  private Path file(String header, byte[] data) throws Exception {
    byte[] json = header.getBytes(StandardCharsets.UTF_8);
    ByteBuffer bytes =
        ByteBuffer.allocate(8 + json.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
    bytes.putLong(json.length).put(json).put(data);
    Path path = dir.resolve("model.safetensors");
    Files.write(path, bytes.array());
    return path;
  }

  private static byte[] shorts(int... values) {
    ByteBuffer buffer = ByteBuffer.allocate(values.length * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (int v : values) {
      buffer.putShort((short) v);
    }
    return buffer.array();
  }

  private static float[] floats(ByteBuffer buffer) {
    float[] values = new float[buffer.capacity() / 4];
    buffer.asFloatBuffer().get(values);
    return values;
  }

  @Test
  void widensHalfPrecisionExactly() throws Exception {
    // F16: 1, -2, smallest subnormal, 65504 (max), +inf; BF16: 1, 3.140625, -0.5
    byte[] data = new byte[16];
    ByteBuffer.wrap(data)
        .put(shorts(0x3C00, 0xC000, 0x0001, 0x7BFF, 0x7C00))
        .put(shorts(0x3F80, 0x4049, 0xBF00));
    Path path =
        file(
            "{\"__metadata__\":{\"format\":\"pt\"},"
                + "\"h\":{\"dtype\":\"F16\",\"shape\":[5],\"data_offsets\":[0,10]},"
                + "\"b\":{\"dtype\":\"BF16\",\"shape\":[3],\"data_offsets\":[10,16]}}",
            data);

    try (SafetensorsFile file = SafetensorsFile.open(path)) {
      assertThat(file.entries()).containsOnlyKeys("h", "b");
      assertThat(floats(file.readFloat32(file.entries().get("h"))))
          .containsExactly(1f, -2f, 0x1p-24f, 65504f, Float.POSITIVE_INFINITY);
      assertThat(floats(file.readFloat32(file.entries().get("b"))))
          .containsExactly(1f, 3.140625f, -0.5f);
    }
  }

  @Test
  void readsFloat32WithShape() throws Exception {
    ByteBuffer data = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    for (float v : new float[] {1.5f, -2.25f, 3f, 0f, 7e-8f, -1e30f}) {
      data.putFloat(v);
    }
    Path path =
        file("{\"w\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[0,24]}}", data.array());

    try (SafetensorsFile file = SafetensorsFile.open(path)) {
      SafetensorsFile.Entry entry = file.entries().get("w");
      assertThat(entry.shape()).containsExactly(2L, 3L);
      assertThat(floats(file.readFloat32(entry)))
          .containsExactly(1.5f, -2.25f, 3f, 0f, 7e-8f, -1e30f);
    }
  }

  @Test
  void reportsTruncatedDataInOneLine() throws Exception {
    Path path =
        file("{\"w\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}", new byte[8]);

    assertThatThrownBy(() -> SafetensorsFile.open(path))
        .isInstanceOf(ClassificationException.class)
        .hasMessage(
            "model.safetensors: tensor w ends at byte 16 of a 8-byte data section;"
                + " the file is truncated");
  }

  @Test
  void reportsBytesThatAreNotSafetensors() throws Exception {
    Path path = dir.resolve("model.safetensors");
    Files.writeString(path, "<html>not found</html>");

    assertThatThrownBy(() -> SafetensorsFile.open(path))
        .hasMessageStartingWith("model.safetensors: header length")
        .hasMessageEndingWith("expected a safetensors file");
  }

  @Test
  void reportsSizeThatDisagreesWithShape() throws Exception {
    Path path =
        file("{\"w\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}", new byte[8]);

    assertThatThrownBy(() -> SafetensorsFile.open(path))
        .hasMessage("model.safetensors: tensor w has 8 bytes for shape [3] of F32");
  }

  @Test
  void rejectsUnsupportedDtypeOnlyWhenRead() throws Exception {
    Path path =
        file("{\"ids\":{\"dtype\":\"I64\",\"shape\":[1],\"data_offsets\":[0,8]}}", new byte[8]);

    try (SafetensorsFile file = SafetensorsFile.open(path)) {
      assertThat(file.entries().get("ids").shape()).isEqualTo(List.of(1L));
      assertThatThrownBy(() -> file.readFloat32(file.entries().get("ids")))
          .hasMessage("model.safetensors: tensor ids has dtype I64; expected F32, F16 or BF16");
    }
  }
}
