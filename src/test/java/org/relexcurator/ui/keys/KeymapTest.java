package org.relexcurator.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KeymapTest {

  @Test
  void noTwoActionsShareAKeyWhereOnePressCouldReachBoth() {
    List<String> clashes = new ArrayList<>();
    KeyAction[] actions = KeyAction.values();
    for (int i = 0; i < actions.length; i++) {
      for (int j = i + 1; j < actions.length; j++) {
        KeyAction a = actions[i];
        KeyAction b = actions[j];
        if (a.area().overlaps(b.area()) && !Collections.disjoint(written(a), written(b))) {
          clashes.add(a + " and " + b);
        }
      }
    }
    assertThat(clashes).isEmpty();
  }

  @Test
  void labelsAndPairPickingNeverShareAKey() {
    Set<String> pair = written(KeyAction.MAKE_E1);
    pair.addAll(written(KeyAction.MAKE_E2));

    assertThat(pair).containsExactlyInAnyOrder("Alt+1", "Alt+2");
    assertThat(written(KeyAction.CHOOSE_LABEL)).doesNotContainAnyElementsOf(pair);
    assertThat(written(KeyAction.CHOOSE_LABEL)).contains("1", "2", "9", "0");
  }

  @Test
  void areasOverlapOnlyWhereOneKeyPressCanReachBoth() {
    assertThat(KeyArea.DOCUMENT.overlaps(KeyArea.QUEUE_FOCUSED)).isFalse();
    assertThat(KeyArea.DOCUMENT.overlaps(KeyArea.DOCUMENT)).isTrue();
    assertThat(KeyArea.DECIDING.overlaps(KeyArea.DOCUMENT)).isTrue();
    assertThat(KeyArea.QUEUE_FOCUSED.overlaps(KeyArea.PAIR)).isTrue();
    assertThat(KeyArea.DECIDING.overlaps(KeyArea.ADJUDICATION)).isFalse();
  }

  @Test
  void everyRowSaysWhatItDoesWhereAndWithWhichKeys() {
    for (KeyAction action : KeyAction.values()) {
      assertThat(action.description()).as("%s", action).isNotBlank();
      assertThat(action.keyText()).as("%s", action).isNotBlank();
      assertThat(action.area().title()).as("%s", action).isNotBlank();
      if (action.handling() != KeyHandling.CONTROL) {
        assertThat(action.keys()).as("%s has keys to bind", action).isNotEmpty();
      }
    }
  }

  @Test
  void keysAreWrittenAsMenusWriteThem() {
    assertThat(KeyAction.MAKE_E1.keyText()).isEqualTo("Alt+1");
    assertThat(KeyAction.REDO.keyText()).isEqualTo("Ctrl+Y or Ctrl+Shift+Z");
    assertThat(KeyAction.REDO.firstKeyText()).isEqualTo("Ctrl+Y");
    assertThat(KeyAction.NEXT_MENTION_ANYWHERE.keyText()).isEqualTo("Alt+\u2192");
    assertThat(KeyAction.FOCUS_PREVIOUS_MENTION.keyText()).isEqualTo("Shift+Tab or \u2190");
    assertThat(KeyAction.SETTINGS.keyText()).isEqualTo("Ctrl+,");
    assertThat(KeyAction.CHOOSE_LABEL.keyText()).isEqualTo("1 \u2026 9, 0");
  }

  @Test
  void helpOrderGroupsTheRowsByAreaAndKeepsEveryRow() {
    List<KeyAction> rows = KeyAction.inHelpOrder();

    assertThat(rows).containsExactlyInAnyOrder(KeyAction.values());
    assertThat(rows).isSortedAccordingTo(java.util.Comparator.comparing(KeyAction::area));
  }

  /** Written out, so that Ctrl and the shortcut modifier (the same key off a Mac) compare equal. */
  private static Set<String> written(KeyAction action) {
    return action.keys().stream().map(KeyText::of).collect(Collectors.toCollection(HashSet::new));
  }
}
