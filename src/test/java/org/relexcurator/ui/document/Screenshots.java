package org.relexcurator.ui.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves a scene as PNG without javafx-swing: pixels copied into a BufferedImage. */
final class Screenshots {

  static final Path FOLDER = Path.of("target/screenshots");

  private Screenshots() {}

  /** Snapshots the scene; call on the JavaFX thread. */
  static Path save(Scene scene, String name) throws IOException {
    WritableImage image = scene.snapshot(null);
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    PixelReader pixels = image.getPixelReader();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        buffered.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    Files.createDirectories(FOLDER);
    Path file = FOLDER.resolve(name + ".png");
    ImageIO.write(buffered, "png", file.toFile());
    return file;
  }
}
