package org.relexcurator.cli;

import java.util.Locale;
import org.relexcurator.inference.MarkerMode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code exact} and {@code all-occurrences} as marker modes. */
final class MarkerModeConverter implements ITypeConverter<MarkerMode> {

  @Override
  public MarkerMode convert(String value) {
    try {
      return MarkerMode.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a marker mode (expected exact or all-occurrences)");
    }
  }
}
