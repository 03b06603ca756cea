package org.relexcurator.curation.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The {@link DocumentIdentity#contentHash()} of a source file: {@code sha256:} and the hex SHA-256
 * of its bytes, so that a project notices when the file its offsets point into has changed.
 */
public final class ContentHash {

  private static final String PREFIX = "sha256:";

  private ContentHash() {}

  public static String of(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return PREFIX + HexFormat.of().formatHex(digest.digest());
  }
}
