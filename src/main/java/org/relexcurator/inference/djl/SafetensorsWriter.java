package org.relexcurator.inference.djl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Streams float32 tensors into the safetensors layout transformers writes: {@code __metadata__}
 * {@code {"format": "pt"}}, the header padded with spaces to a multiple of 8 bytes, then the data
 * in header order. Values are produced tensor by tensor, so a 440 MB file never sits in memory.
 */
final class SafetensorsWriter {

  /** A tensor to write; {@link Values} fills it. */
  record Tensor(String name, List<Long> shape) {

    Tensor {
      shape = List.copyOf(shape);
    }

    long elements() {
      return shape.stream().mapToLong(Long::longValue).reduce(1, Math::multiplyExact);
    }
  }

  /** Produces a tensor's values in row-major order. */
  @FunctionalInterface
  interface Values {
    float next();
  }

  /** Chooses the value source for each tensor as writing reaches it. */
  @FunctionalInterface
  interface ValuesFactory {
    Values forTensor(Tensor tensor);
  }

  private SafetensorsWriter() {}

  static void write(OutputStream out, List<Tensor> tensors, ValuesFactory values)
      throws IOException {
    ObjectNode header = new ObjectMapper().createObjectNode();
    header.putObject("__metadata__").put("format", "pt");
    long offset = 0;
    for (Tensor tensor : tensors) {
      ObjectNode entry = header.putObject(tensor.name());
      entry.put("dtype", "F32");
      tensor.shape().forEach(entry.putArray("shape")::add);
      long end = offset + tensor.elements() * 4;
      entry.putArray("data_offsets").add(offset).add(end);
      offset = end;
    }
    byte[] json = header.toString().getBytes(StandardCharsets.UTF_8);
    int padded = (json.length + 7) / 8 * 8;
    ByteBuffer prefix = ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN);
    prefix.putLong(padded).put(json);
    while (prefix.hasRemaining()) {
      prefix.put((byte) ' ');
    }
    out.write(prefix.array());
    ByteBuffer chunk = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
    for (Tensor tensor : tensors) {
      Values source = values.forTensor(tensor);
      for (long i = 0; i < tensor.elements(); i++) {
        if (!chunk.hasRemaining()) {
          out.write(chunk.array(), 0, chunk.position());
          chunk.clear();
        }
        chunk.putFloat(source.next());
      }
    }
    out.write(chunk.array(), 0, chunk.position());
  }
}
