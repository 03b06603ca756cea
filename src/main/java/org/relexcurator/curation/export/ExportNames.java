package org.relexcurator.curation.export;

import java.util.Locale;
import java.util.Optional;
import org.relexcurator.curation.agreement.SettledLabel;
import org.relexcurator.model.DecisionAction;

/**
 * The names exports write for a pair's settlement and a decision's action: the enum constants in
 * lower case ({@code gold}, {@code agreement}, {@code adjudicated}), and back.
 */
final class ExportNames {

  private ExportNames() {}

  static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** As {@link #of}, but null for null. */
  static String ofNullable(Enum<?> value) {
    return value == null ? null : of(value);
  }

  static Optional<SettledLabel.Status> status(String name) {
    return parse(SettledLabel.Status.class, name);
  }

  static Optional<SettledLabel.SettledBy> settledBy(String name) {
    return parse(SettledLabel.SettledBy.class, name);
  }

  /** An action a curator takes on a pair; undo and redo are no curation and have no name here. */
  static Optional<DecisionAction> action(String name) {
    return parse(DecisionAction.class, name).filter(action -> !action.revises());
  }

  private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
    for (E value : type.getEnumConstants()) {
      if (of(value).equals(name)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
