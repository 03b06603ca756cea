package org.relexcurator.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.junit.jupiter.api.Test;

class SwappableListTest {

  /** Each change a listener saw, in words, and the list as the listener saw it afterwards. */
  private final List<String> seen = new ArrayList<>();

  private <E> SwappableList<E> watched() {
    SwappableList<E> list = new SwappableList<>();
    list.addListener(
        (ListChangeListener<E>)
            change -> {
              while (change.next()) {
                if (change.wasPermutated()) {
                  seen.add("permuted " + change.getFrom() + ".." + change.getTo());
                } else if (change.wasUpdated()) {
                  seen.add("updated " + change.getFrom() + ".." + change.getTo());
                } else {
                  seen.add(
                      "removed "
                          + change.getRemoved()
                          + " added "
                          + change.getAddedSubList()
                          + " at "
                          + change.getFrom());
                }
              }
              seen.add("now " + List.copyOf(change.getList()));
            });
    return list;
  }

  @Test
  void swappingShowsTheOtherListInOneReplacement() {
    SwappableList<String> list = watched();
    list.swap(FXCollections.observableArrayList("a", "b"));
    list.swap(FXCollections.observableArrayList("c"));

    assertThat(seen)
        .containsExactly(
            "removed [] added [a, b] at 0", "now [a, b]",
            "removed [a, b] added [c] at 0", "now [c]");
    assertThat(list).containsExactly("c");
  }

  @Test
  void changesOfTheListShownArePassedOnAndThoseOfAListSwappedOutAreNot() {
    SwappableList<String> list = watched();
    ObservableList<String> first = FXCollections.observableArrayList("x", "y");
    ObservableList<String> second = FXCollections.observableArrayList("m");
    list.swap(first);
    list.swap(second);
    seen.clear();

    first.add("z");
    second.add("n");
    second.remove("m");

    assertThat(seen)
        .containsExactly(
            "removed [] added [n] at 1", "now [m, n]",
            "removed [m] added [] at 0", "now [n]");
  }

  @Test
  void aSortPassesOnAsAPermutationAndARowUpdateAsAnUpdate() {
    SwappableList<StringProperty> list = watched();
    ObservableList<StringProperty> rows =
        FXCollections.observableArrayList((StringProperty row) -> new Observable[] {row});
    rows.addAll(new SimpleStringProperty("b"), new SimpleStringProperty("a"));
    SortedList<StringProperty> sorted = new SortedList<>(rows);
    list.swap(sorted);
    seen.clear();

    sorted.setComparator(Comparator.comparing(StringProperty::get));
    rows.get(0).set("c");

    assertThat(seen).first().isEqualTo("permuted 0..2");
    assertThat(list).extracting(StringProperty::get).containsExactly("a", "c");
    assertThat(seen).contains("updated 1..2");
  }

  @Test
  void itCannotBeChangedThroughItself() {
    SwappableList<String> list = new SwappableList<>();
    list.swap(FXCollections.observableArrayList("a"));

    assertThatThrownBy(() -> list.add("b")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
  }
}
