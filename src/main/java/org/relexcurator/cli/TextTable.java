package org.relexcurator.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows printed in aligned columns, two spaces apart: text columns to the left, number columns
 * (those whose heading starts with {@code #}, shown without it) to the right.
 */
final class TextTable {

  private final List<String> headings;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(List<String> headings) {
    this.headings = List.copyOf(headings);
  }

  TextTable row(List<String> cells) {
    if (cells.size() != headings.size()) {
      throw new IllegalArgumentException(
          cells.size() + " cells for " + headings.size() + " columns");
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  void print(PrintWriter out, String indent) {
    int[] widths = new int[headings.size()];
    for (int column = 0; column < widths.length; column++) {
      widths[column] = shown(headings.get(column)).length();
      for (List<String> row : rows) {
        widths[column] = Math.max(widths[column], row.get(column).length());
      }
    }
    print(out, indent, headings.stream().map(TextTable::shown).toList(), widths);
    for (List<String> row : rows) {
      print(out, indent, row, widths);
    }
  }

  private void print(PrintWriter out, String indent, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder(indent);
    for (int column = 0; column < cells.size(); column++) {
      String cell = cells.get(column);
      String padding = " ".repeat(widths[column] - cell.length());
      if (column > 0) {
        line.append("  ");
      }
      line.append(numeric(column) ? padding + cell : cell + padding);
    }
    out.println(line.toString().stripTrailing());
  }

  private boolean numeric(int column) {
    return headings.get(column).startsWith("#");
  }

  private static String shown(String heading) {
    return heading.startsWith("#") ? heading.substring(1) : heading;
  }
}
