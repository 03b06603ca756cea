package org.relexcurator.inference.djl;

/**
 * Keeps DJL off the network. Both properties must be set before DJL's engine starts: offline mode
 * makes a missing native library fail loudly instead of downloading it, and the tracking opt-out
 * stops start-up from contacting a cloud metadata address. This class imports nothing from DJL, so
 * calling it cannot start DJL early.
 */
final class OfflineDjl {

  private OfflineDjl() {}

  static void apply() {
    System.setProperty("ai.djl.offline", "true");
    System.setProperty("OPT_OUT_TRACKING", "true");
  }
}
