package org.relexcurator.inference.djl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/** Rewrites a safetensors header in place, keeping the data: renamed or reshaped tensors. */
final class SafetensorsRewrite {

  private SafetensorsRewrite() {}

  static void header(Path file, UnaryOperator<ObjectNode> change) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    long length = ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    ObjectMapper json = new ObjectMapper();
    ObjectNode header = (ObjectNode) json.readTree(Arrays.copyOfRange(bytes, 8, 8 + (int) length));
    byte[] changed = change.apply(header).toString().getBytes(StandardCharsets.UTF_8);
    ByteBuffer out =
        ByteBuffer.allocate(8 + changed.length + bytes.length - 8 - (int) length)
            .order(ByteOrder.LITTLE_ENDIAN);
    out.putLong(changed.length)
        .put(changed)
        .put(bytes, 8 + (int) length, bytes.length - 8 - (int) length);
    Files.write(file, out.array());
  }

  /** Renames every tensor whose name contains {@code from}. */
  static UnaryOperator<ObjectNode> rename(String from, String to) {
    return header -> {
      ObjectNode renamed = new ObjectMapper().createObjectNode();
      header.properties().forEach(e -> renamed.set(e.getKey().replace(from, to), e.getValue()));
      return renamed;
    };
  }
}
