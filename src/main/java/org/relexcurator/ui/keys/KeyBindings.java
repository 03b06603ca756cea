package org.relexcurator.ui.keys;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * The keys of a window or a pane: each {@link KeyAction} bound here runs when one of its keys is
 * pressed, and the key goes no further. The keys come first, before the focused control's own
 * (Enter would otherwise open a row of a list, a digit nothing at all), except while the focus is
 * in a text field: the field has first say then, and plain keys (letters, digits, Enter) are left
 * to it as typing. The bindings are kept in the node's or scene's properties, so that a test can
 * see which actions a window binds.
 */
public final class KeyBindings {

  private final Map<KeyAction, Binding> actions = new EnumMap<>(KeyAction.class);

  private KeyBindings() {}

  /** Keys for the whole window, wherever its focus is. */
  public static KeyBindings on(Scene scene) {
    KeyBindings bindings = new KeyBindings();
    scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> bindings.handle(event, false));
    scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> bindings.handle(event, true));
    remember(scene.getProperties(), bindings);
    return bindings;
  }

  /** Keys that work while the focus is in {@code node}. */
  public static KeyBindings on(Node node) {
    KeyBindings bindings = new KeyBindings();
    node.addEventFilter(KeyEvent.KEY_PRESSED, event -> bindings.handle(event, false));
    node.addEventHandler(KeyEvent.KEY_PRESSED, event -> bindings.handle(event, true));
    remember(node.getProperties(), bindings);
    return bindings;
  }

  /** The bindings {@link #on(Scene)} put there, if any. */
  public static Optional<KeyBindings> of(Scene scene) {
    return Optional.ofNullable((KeyBindings) scene.getProperties().get(KeyBindings.class));
  }

  public static Optional<KeyBindings> of(Node node) {
    return Optional.ofNullable((KeyBindings) node.getProperties().get(KeyBindings.class));
  }

  private static void remember(ObservableMap<Object, Object> properties, KeyBindings bindings) {
    if (properties.containsKey(KeyBindings.class)) {
      throw new IllegalStateException("keys are bound here already");
    }
    properties.put(KeyBindings.class, bindings);
  }

  public KeyBindings bind(KeyAction action, Runnable run) {
    return bind(action, event -> run.run());
  }

  /** For an action that needs its key, such as the digit of a label. */
  public KeyBindings bind(KeyAction action, Consumer<KeyEvent> run) {
    return add(action, new Binding(() -> true, run));
  }

  /** An action that takes its key only while {@code when} holds; otherwise the key goes on. */
  public KeyBindings bindWhile(KeyAction action, BooleanSupplier when, Runnable run) {
    return add(action, new Binding(when, event -> run.run()));
  }

  private KeyBindings add(KeyAction action, Binding binding) {
    if (actions.putIfAbsent(action, binding) != null) {
      throw new IllegalStateException(action + " is bound twice");
    }
    return this;
  }

  /** The actions bound here. */
  public Set<KeyAction> bound() {
    return Collections.unmodifiableSet(actions.keySet());
  }

  /**
   * @param bubbling whether the event comes back from the focused node (which left it alone) rather
   *     than on its way there
   */
  private void handle(KeyEvent event, boolean bubbling) {
    boolean typing = typing(event);
    if (event.isConsumed() || bubbling != typing) {
      return;
    }
    for (Map.Entry<KeyAction, Binding> entry : actions.entrySet()) {
      KeyAction action = entry.getKey();
      Binding binding = entry.getValue();
      if (action.matches(event)
          && !(action.typesText() && typing)
          && binding.when().getAsBoolean()) {
        binding.run().accept(event);
        event.consume();
        return;
      }
    }
  }

  /** Whether the key goes to a text field, or to an open drop-down's list. */
  private static boolean typing(KeyEvent event) {
    for (Node node = event.getTarget() instanceof Node n ? n : null;
        node != null;
        node = node.getParent()) {
      if (node instanceof TextInputControl
          || node instanceof ComboBoxBase<?> box && box.isShowing()) {
        return true;
      }
    }
    return false;
  }

  private record Binding(BooleanSupplier when, Consumer<KeyEvent> run) {}
}
