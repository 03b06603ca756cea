package org.relexcurator.cli;

/**
 * Keeps DJL from reaching the network. Both settings must be in place before any DJL class loads:
 * offline mode makes a missing native library fail loudly instead of downloading it, and the
 * tracking opt-out stops engine start-up from contacting a cloud metadata address.
 */
final class OfflineMode {

  private OfflineMode() {}

  static void apply() {
    System.setProperty("ai.djl.offline", "true");
    System.setProperty("OPT_OUT_TRACKING", "true");
  }
}
