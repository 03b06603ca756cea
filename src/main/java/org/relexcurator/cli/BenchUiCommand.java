package org.relexcurator.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.relexcurator.ui.bench.UiStallBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code relex bench-ui}: the UI thread's longest stall while the window opens a corpus. */
@Command(
    name = "bench-ui",
    mixinStandardHelpOptions = true,
    description = {"Opens the window, then FILE, and reports the UI thread's longest stall",
        "(needs a display; under CI use xvfb-run)."})
final class BenchUiCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE")
  private Path file;

  @Override
  public Integer call() {
    UiStallBenchmark.launchWith(file);
    return Main.OK;
  }
}
