package org.relexcurator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code relex} as a person starts it: {@link Main#main} in a JVM of its own, with no graphical
 * session, so that what reaches the terminal is what is checked, not what a handler would print.
 */
class MainWithoutDisplayTest {

  @TempDir Path folder;

  private record Run(int exit, List<String> lines) {}

  /** Runs {@code Main args} without DISPLAY and WAYLAND_DISPLAY, or with {@code display}. */
  private Run relex(String display, String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-Xmx128m",
                "-Djava.io.tmpdir=" + folder,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    Path output = folder.resolve("output.txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    Map<String, String> environment = builder.environment();
    environment.remove("DISPLAY");
    environment.remove("WAYLAND_DISPLAY");
    if (display != null) {
      environment.put("DISPLAY", display);
    }
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("ended within a minute").isTrue();
    return new Run(process.exitValue(), Files.readAllLines(output, StandardCharsets.UTF_8));
  }

  private static void assertNoStackTrace(Run run) {
    assertThat(run.lines())
        .noneMatch(line -> line.contains("Exception"))
        .noneMatch(line -> line.strip().startsWith("at "));
  }

  @Test
  void withoutArgumentsAndWithoutADisplayOneLineSaysSoAndTheExitIsTwo() throws Exception {
    Run run = relex(null);

    assertThat(run.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(run.lines())
        .containsExactly(
            "relex: the window needs a graphical session and"
                + " there is none (neither DISPLAY nor WAYLAND_DISPLAY is set); the subcommands in relex"
                + " --help work without one");
  }

  @Test
  void aFileWithoutADisplayGetsTheSameOneLine() throws Exception {
    Path sample = Files.writeString(folder.resolve("sample.pubtator"), "1|t|A title.\n");

    Run run = relex(null, sample.toString());

    assertThat(run.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(run.lines())
        .singleElement()
        .asString()
        .startsWith("relex: the window needs a graphical session");
  }

  @Test
  void aMisspeltCommandIsNamedWithTheNearestCommandInsteadOfOpeningTheWindow() throws Exception {
    Run typo = relex(null, "evalute", "x.jsonl");
    Run nonsense = relex(null, "frobnicate");

    assertThat(typo.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(typo.lines())
        .containsExactly(
            "relex: unknown command or file 'evalute' (did you"
                + " mean 'evaluate'? relex --help lists the commands)");
    assertThat(nonsense.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(nonsense.lines())
        .singleElement()
        .asString()
        .startsWith("relex: unknown command or file 'frobnicate' (did you mean '");
  }

  @Test
  void aDisplayThatCannotBeOpenedIsExplainedWithoutAStackTrace() throws Exception {
    Run run = relex(":4242");

    assertThat(run.exit()).isEqualTo(Main.UNUSABLE);
    assertNoStackTrace(run);
    assertThat(run.lines()).anyMatch(line -> line.startsWith("relex: the window could not start"));
  }
}
