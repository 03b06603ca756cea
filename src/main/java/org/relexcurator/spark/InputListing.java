package org.relexcurator.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.io.formats.FormatRegistry;

/**
 * Turns the command's arguments into inputs: a file is one input; a folder that is a corpus of its
 * own (brat's .txt/.ann pairs) is one input; any other folder gives each of its files below it, in
 * name order, so that a folder of thousands of PubTator or BioC files is scored and committed file
 * by file. Hidden files and folders are skipped. The same path named twice counts once.
 */
final class InputListing {

  private final FormatRegistry formats;

  InputListing(FormatRegistry formats) {
    this.formats = formats;
  }

  List<InputFile> list(List<Path> arguments) throws UnreadableInputException {
    Set<Path> inputs = new LinkedHashSet<>();
    for (Path argument : arguments) {
      Path path = argument.toAbsolutePath().normalize();
      if (!Files.exists(path)) {
        throw new UnreadableInputException(argument + ": no such file or folder");
      }
      inputs.addAll(expand(path));
    }
    List<InputFile> hashed = new ArrayList<>(inputs.size());
    for (Path input : inputs) {
      hashed.add(describe(input));
    }
    return hashed;
  }

  private List<Path> expand(Path path) throws UnreadableInputException {
    if (!Files.isDirectory(path) || isCorpusFolder(path)) {
      return List.of(path);
    }
    try (Stream<Path> below = Files.walk(path)) {
      return below
          .filter(Files::isRegularFile)
          .filter(file -> !hidden(path.relativize(file)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UnreadableInputException(path + ": cannot be listed (" + e.getMessage() + ")", e);
    }
  }

  private boolean isCorpusFolder(Path folder) {
    try {
      formats.detect(folder);
      return true;
    } catch (UnreadableInputException notACorpus) {
      return false;
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static InputFile describe(Path input) throws UnreadableInputException {
    MessageDigest digest = sha256();
    long size = 0;
    try {
      List<Path> files;
      if (Files.isDirectory(input)) {
        try (Stream<Path> below = Files.walk(input)) {
          files = below.filter(Files::isRegularFile).sorted().toList();
        }
      } else {
        files = List.of(input);
      }
      for (Path file : files) {
        digest.update(input.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
          size += in.transferTo(OutputStream.nullOutputStream());
        }
      }
    } catch (IOException e) {
      throw new UnreadableInputException(input + ": cannot be read (" + e.getMessage() + ")", e);
    }
    return new InputFile(input.toString(), size, HexFormat.of().formatHex(digest.digest()));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
