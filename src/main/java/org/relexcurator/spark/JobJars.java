package org.relexcurator.spark;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The jars a cluster's executors need from this JVM's class path: the application's own and its
 * libraries, libtorch's natives and the tokenizer's among them, so that executors run offline from
 * what the job brings. Spark's own jars (in a folder named {@code spark-lib}, where the build puts
 * them) stay out: the cluster has its Spark.
 */
final class JobJars {

  private JobJars() {}

  static List<String> of(String classPath) {
    return Arrays.stream(classPath.split(File.pathSeparator))
        .filter(entry -> entry.endsWith(".jar"))
        .map(Path::of)
        .filter(Files::isRegularFile)
        .filter(jar -> !inSparkLibraries(jar))
        .map(jar -> jar.toAbsolutePath().toUri().toString())
        .toList();
  }

  private static boolean inSparkLibraries(Path jar) {
    Path folder = jar.toAbsolutePath().getParent();
    return folder != null && folder.getFileName().toString().equals("spark-lib");
  }
}
