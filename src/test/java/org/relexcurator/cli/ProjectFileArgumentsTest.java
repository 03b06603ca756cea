package org.relexcurator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The commands that read an existing project refuse a file that is not one, in one line and with
 * exit code 2, and leave it as it was: no byte, no time stamp, no file beside it changes.
 */
class ProjectFileArgumentsTest {

  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

  @TempDir Path folder;

  private record Run(int exit, String out, String err) {}

  private static Run relex(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Main.run(
            new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    return new Run(exit, out.toString(), err.toString());
  }

  /** Each command that reads a project, given {@code PROJECT} in place of the file. */
  static Stream<List<String>> readingCommands() {
    return Stream.of(
        List.of("export", "PROJECT", "--format", "jsonl", "--out", "out.jsonl"),
        List.of("agreement", "PROJECT"),
        List.of("agreement", "PROJECT", "--json"),
        List.of("adjudicate", "PROJECT", "--list"),
        List.of(
            "adjudicate", "PROJECT", "--pair", "d|T1|T2", "--label", "none", "--curator", "lead"));
  }

  private List<String> with(List<String> command, Path project) {
    List<String> args = new ArrayList<>();
    for (String arg : command) {
      args.add(
          arg.equals("PROJECT")
              ? project.toString()
              : arg.equals("out.jsonl") ? folder.resolve(arg).toString() : arg);
    }
    return args;
  }

  private List<Path> folderContents() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  private void assertRefusedAndUntouched(
      List<String> command, Path file, byte[] bytes, String message) throws IOException {
    List<Path> before = folderContents();

    Run run = relex(with(command, file));

    assertThat(run.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("relex: " + file + message + "\n");
    assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(LONG_AGO);
    assertThat(folderContents()).isEqualTo(before);
  }

  private Path fileOf(String name, byte[] bytes) throws IOException {
    Path file = Files.write(folder.resolve(name), bytes);
    Files.setLastModifiedTime(file, LONG_AGO);
    return file;
  }

  @ParameterizedTest
  @MethodSource("readingCommands")
  void anEmptyFileIsRefusedAndNotMadeAProject(List<String> command) throws IOException {
    Path empty = fileOf("empty.relex", new byte[0]);

    assertRefusedAndUntouched(
        command,
        empty,
        new byte[0],
        " is empty (0 bytes), not a RelEx Curator project; it is left as it is");
  }

  @ParameterizedTest
  @MethodSource("readingCommands")
  void aFileThatIsNotADatabaseIsRefusedAndLeftAsItIs(List<String> command) throws IOException {
    byte[] notes = "my notes about the study\n".repeat(10).getBytes();
    Path text = fileOf("notes.relex", notes);

    assertRefusedAndUntouched(
        command,
        text,
        notes,
        " is not a RelEx Curator project (not an SQLite database); it is left as it is");
  }

  @ParameterizedTest
  @MethodSource("readingCommands")
  void aMissingFileIsRefusedAndNotCreated(List<String> command) throws IOException {
    Path missing = folder.resolve("missing.relex");

    Run run = relex(with(command, missing));

    assertThat(run.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(run.err()).isEqualTo("relex: " + missing + ": no such project file\n");
    assertThat(folderContents()).isEmpty();
  }
}
