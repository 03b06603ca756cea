package org.relexcurator.inference.djl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.relexcurator.inference.ClassificationException;

/**
 * A short, fast identity for stored predictions: the SHA-256 of {@code config.json}, the weight
 * file's size, and its safetensors header (which lists every tensor's name, shape and byte range)
 * or, for TorchScript, its first and last MiB. Hashing all 440 MB of a BERT-base would take seconds
 * at every start; retrained weights of the same architecture almost always differ in these bytes
 * too, but two files that differ only inside tensor data can share a fingerprint.
 */
final class ModelFingerprint {

  private static final int EDGE_BYTES = 1 << 20;

  private ModelFingerprint() {}

  static String of(ModelFolder model, byte[] safetensorsHeader) throws ClassificationException {
    MessageDigest digest = sha256();
    try {
      update(digest, "config.json", Files.readAllBytes(model.config()));
      long size = Files.size(model.weights());
      update(digest, "size", Long.toString(size).getBytes(StandardCharsets.US_ASCII));
      if (safetensorsHeader != null) {
        update(digest, "safetensors header", safetensorsHeader);
      } else {
        update(digest, "head", read(model.weights(), 0, (int) Math.min(EDGE_BYTES, size)));
        long tail = Math.max(0, size - EDGE_BYTES);
        update(digest, "tail", read(model.weights(), tail, (int) (size - tail)));
      }
    } catch (IOException e) {
      throw new ClassificationException(
          model.folder() + ": cannot be read for its fingerprint (" + e.getMessage() + ")", e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void update(MessageDigest digest, String part, byte[] bytes) {
    digest.update(part.getBytes(StandardCharsets.US_ASCII));
    digest.update(ByteBuffer.allocate(8).putLong(bytes.length).array());
    digest.update(bytes);
  }

  private static byte[] read(Path file, long position, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      while (buffer.hasRemaining()) {
        if (channel.read(buffer, position + buffer.position()) < 0) {
          break;
        }
      }
    }
    return buffer.array();
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
