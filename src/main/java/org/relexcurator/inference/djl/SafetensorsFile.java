package org.relexcurator.inference.djl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relexcurator.inference.ClassificationException;

/**
 * A {@code .safetensors} file: an 8-byte little-endian header length, a JSON header naming each
 * tensor's dtype, shape and byte range, then the raw data. Tensors are read through memory mappings
 * (one per tensor, so files beyond 2 GiB work) and always come out as float32; F16 and BF16 are
 * widened exactly.
 */
final class SafetensorsFile implements AutoCloseable {

  /** Header lengths beyond this are corruption, not a header. */
  private static final long MAX_HEADER_BYTES = 100L << 20;

  /** Element types that convert to float32 without loss. */
  enum ElementType {
    F32(4),
    F16(2),
    BF16(2);

    final int bytes;

    ElementType(int bytes) {
      this.bytes = bytes;
    }

    static Optional<ElementType> byName(String name) {
      return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
  }

  /** One tensor's header entry; {@code begin} and {@code end} are relative to the data. */
  record Entry(String name, String dtype, List<Long> shape, long begin, long end) {

    Entry {
      shape = List.copyOf(shape);
    }

    long elements() {
      return shape.stream().mapToLong(Long::longValue).reduce(1, Math::multiplyExact);
    }
  }

  private final Path file;
  private final FileChannel channel;
  private final byte[] header;
  private final long dataStart;
  private final Map<String, Entry> entries;

  private SafetensorsFile(
      Path file, FileChannel channel, byte[] header, Map<String, Entry> entries) {
    this.file = file;
    this.channel = channel;
    this.header = header;
    this.dataStart = 8L + header.length;
    this.entries = entries;
  }

  static SafetensorsFile open(Path file) throws ClassificationException {
    String name = file.getFileName().toString();
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.READ);
    } catch (NoSuchFileException e) {
      throw new ClassificationException(file + ": missing; expected the model's weights");
    } catch (IOException e) {
      throw new ClassificationException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    try {
      long size = channel.size();
      if (size < 8) {
        throw new ClassificationException(
            name + ": " + size + " bytes, too short for a safetensors header");
      }
      ByteBuffer lengthBytes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
      readFully(channel, lengthBytes, 0);
      long headerLength = lengthBytes.getLong(0);
      if (headerLength <= 0 || headerLength > size - 8 || headerLength > MAX_HEADER_BYTES) {
        throw new ClassificationException(
            name
                + ": header length "
                + headerLength
                + " does not fit the file ("
                + size
                + " bytes); expected a safetensors file");
      }
      ByteBuffer headerBytes = ByteBuffer.allocate((int) headerLength);
      readFully(channel, headerBytes, 8);
      byte[] header = headerBytes.array();
      Map<String, Entry> entries = parseHeader(header, size - 8 - headerLength, name);
      return new SafetensorsFile(file, channel, header, entries);
    } catch (ClassificationException e) {
      closeQuietly(channel);
      throw e;
    } catch (IOException e) {
      closeQuietly(channel);
      throw new ClassificationException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static Map<String, Entry> parseHeader(byte[] header, long dataLength, String name)
      throws ClassificationException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(header);
    } catch (JsonProcessingException e) {
      throw new ClassificationException(
          name + ": header is not valid JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new ClassificationException(name + ": header cannot be read", e);
    }
    if (root == null || !root.isObject()) {
      throw new ClassificationException(name + ": header is not a JSON object");
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      if (field.getKey().equals("__metadata__")) {
        continue;
      }
      Entry entry = parseEntry(field.getKey(), field.getValue(), name);
      if (entry.end() > dataLength) {
        throw new ClassificationException(
            name
                + ": tensor "
                + entry.name()
                + " ends at byte "
                + entry.end()
                + " of a "
                + dataLength
                + "-byte data section; the file is truncated");
      }
      entries.put(entry.name(), entry);
    }
    return Map.copyOf(entries);
  }

  private static Entry parseEntry(String tensor, JsonNode node, String name)
      throws ClassificationException {
    JsonNode offsets = node.path("data_offsets");
    JsonNode shapeNode = node.path("shape");
    String dtype = node.path("dtype").asText("");
    if (dtype.isEmpty()
        || !shapeNode.isArray()
        || !offsets.isArray()
        || offsets.size() != 2
        || !offsets.get(0).canConvertToLong()
        || !offsets.get(1).canConvertToLong()) {
      throw new ClassificationException(
          name + ": header entry " + tensor + " lacks dtype, shape or data_offsets [begin, end]");
    }
    List<Long> shape = new java.util.ArrayList<>();
    for (JsonNode dim : shapeNode) {
      if (!dim.canConvertToLong() || dim.asLong() < 0) {
        throw new ClassificationException(
            name + ": tensor " + tensor + " has shape " + shapeNode + "; expected sizes >= 0");
      }
      shape.add(dim.asLong());
    }
    Entry entry = new Entry(tensor, dtype, shape, offsets.get(0).asLong(), offsets.get(1).asLong());
    if (entry.begin() < 0 || entry.end() < entry.begin()) {
      throw new ClassificationException(
          name
              + ": tensor "
              + tensor
              + " has data_offsets "
              + offsets
              + "; expected 0 <= begin <= end");
    }
    Optional<ElementType> type = ElementType.byName(dtype);
    if (type.isPresent() && entry.end() - entry.begin() != entry.elements() * type.get().bytes) {
      throw new ClassificationException(
          name
              + ": tensor "
              + tensor
              + " has "
              + (entry.end() - entry.begin())
              + " bytes for shape "
              + shape
              + " of "
              + dtype);
    }
    return entry;
  }

  /** The tensors by name. */
  Map<String, Entry> entries() {
    return entries;
  }

  /** The JSON header exactly as stored, for fingerprints. */
  byte[] header() {
    return header.clone();
  }

  /**
   * The tensor's values as float32 in native byte order, in a direct buffer that DJL can hand to
   * libtorch.
   */
  ByteBuffer readFloat32(Entry entry) throws ClassificationException {
    String name = file.getFileName().toString();
    ElementType type =
        ElementType.byName(entry.dtype())
            .orElseThrow(
                () ->
                    new ClassificationException(
                        name
                            + ": tensor "
                            + entry.name()
                            + " has dtype "
                            + entry.dtype()
                            + "; expected F32, F16 or BF16"));
    long floatBytes = entry.elements() * 4;
    if (floatBytes > Integer.MAX_VALUE) {
      throw new ClassificationException(
          name
              + ": tensor "
              + entry.name()
              + " has "
              + entry.elements()
              + " elements, more than one buffer can hold");
    }
    ByteBuffer target = ByteBuffer.allocateDirect((int) floatBytes).order(ByteOrder.nativeOrder());
    if (floatBytes == 0) {
      return target;
    }
    MappedByteBuffer source;
    try {
      source =
          channel.map(
              FileChannel.MapMode.READ_ONLY,
              dataStart + entry.begin(),
              entry.end() - entry.begin());
    } catch (IOException e) {
      throw new ClassificationException(file + ": cannot map tensor " + entry.name(), e);
    }
    source.order(ByteOrder.LITTLE_ENDIAN);
    switch (type) {
      case F32 -> target.asFloatBuffer().put(source.asFloatBuffer());
      case F16 -> {
        var halves = source.asShortBuffer();
        var floats = target.asFloatBuffer();
        while (halves.hasRemaining()) {
          floats.put(HalfFloats.halfToFloat(halves.get()));
        }
      }
      case BF16 -> {
        var halves = source.asShortBuffer();
        var floats = target.asFloatBuffer();
        while (halves.hasRemaining()) {
          floats.put(HalfFloats.bfloat16ToFloat(halves.get()));
        }
      }
    }
    return target;
  }

  @Override
  public void close() {
    closeQuietly(channel);
  }

  private static void readFully(FileChannel channel, ByteBuffer buffer, long position)
      throws IOException {
    long at = position;
    while (buffer.hasRemaining()) {
      int read = channel.read(buffer, at);
      if (read < 0) {
        throw new IOException("unexpected end of file");
      }
      at += read;
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // Read-only: nothing was written that closing could lose.
    }
  }
}
