package org.relexcurator.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Writes a node as it is drawn to {@code target/screenshots/NAME.png}, for people to look at.
 * Converts pixels by hand because javafx-swing is not on the class path. Call on the FX thread.
 */
public final class Screenshots {

  private Screenshots() {}

  public static Path write(Node node, String name) {
    WritableImage image = node.snapshot(null, null);
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    PixelReader pixels = image.getPixelReader();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        out.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    try {
      Path file = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
      ImageIO.write(out, "png", file.toFile());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
