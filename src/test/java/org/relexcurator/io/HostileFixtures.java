package org.relexcurator.io;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The awkward inputs in {@code src/test/resources/hostile} (see the README there). */
final class HostileFixtures {

  private HostileFixtures() {}

  static Path path(String name) {
    try {
      return Path.of(HostileFixtures.class.getResource("/hostile/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing fixture " + name, e);
    }
  }
}
