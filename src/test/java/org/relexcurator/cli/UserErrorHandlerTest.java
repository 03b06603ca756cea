package org.relexcurator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class UserErrorHandlerTest {

  private final StringWriter err = new StringWriter();
  private final CommandLine cli =
      new CommandLine(CommandLine.Model.CommandSpec.create()).setErr(new PrintWriter(err, true));

  @Test
  void aWindowThatCannotStartIsExplainedWithoutAStackTrace() {
    // As JavaFX throws it on a server image without GTK 3.
    UnsupportedOperationException noGtk =
        new UnsupportedOperationException("Unable to load glass GTK library.");
    noGtk.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement(
              "com.sun.glass.ui.gtk.GtkApplication", "<init>", "GtkApplication.java", 164)
        });

    int exit = new UserErrorHandler().handleExecutionException(noGtk, cli, null);

    assertThat(exit).isEqualTo(Main.UNUSABLE);
    assertThat(err.toString())
        .startsWith("relex: the window could not start (Unable to load" + " glass GTK library.)")
        .contains("apt-get install libgtk-3-0")
        .doesNotContain("\tat ");
  }

  @Test
  void otherUnsupportedOperationsAreStillReportedAsBugs() {
    int exit =
        new UserErrorHandler()
            .handleExecutionException(new UnsupportedOperationException("not yet"), cli, null);

    assertThat(exit).isEqualTo(Main.UNUSABLE);
    assertThat(err.toString()).startsWith("relex: internal error:").contains("\tat ");
  }
}
