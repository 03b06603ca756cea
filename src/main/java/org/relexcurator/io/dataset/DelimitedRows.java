package org.relexcurator.io.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.relexcurator.model.Problem;

/**
 * Dataset rows as CSV or TSV with a header line naming the columns, in any order; other columns (a
 * pandas index, say) are ignored. Fields are quoted as RFC 4180 does, with {@code "}.
 */
final class DelimitedRows {

  private DelimitedRows() {}

  private static CSVFormat format(char delimiter) {
    return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator("\n").get();
  }

  static List<DatasetRow> read(
      String content, char delimiter, String file, List<Problem> problems) {
    List<DatasetRow> rows = new ArrayList<>();
    try (CSVParser parser = format(delimiter).parse(new StringReader(content))) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        return rows;
      }
      int[] indexOfColumn = columnIndexes(records.next(), file, problems);
      if (indexOfColumn == null) {
        return rows;
      }
      long lastLine = parser.getCurrentLineNumber();
      while (records.hasNext()) {
        CSVRecord record = records.next();
        int line = (int) lastLine + 1;
        lastLine = parser.getCurrentLineNumber();
        String[] values = new String[indexOfColumn.length];
        for (int c = 0; c < values.length; c++) {
          values[c] = indexOfColumn[c] < record.size() ? record.get(indexOfColumn[c]) : null;
        }
        rows.add(DatasetRow.of(values, line));
      }
    } catch (UncheckedIOException | IllegalStateException | IOException e) {
      // An unclosed quote swallows the rest of the file: nothing after it can be trusted.
      problems.add(
          Problem.error(
              file,
              null,
              0,
              null,
              "malformed "
                  + (delimiter == '\t' ? "TSV" : "CSV")
                  + " after "
                  + rows.size()
                  + " rows; the rest of the file is not read: "
                  + e.getMessage(),
              "fields quoted with \" and quotes inside doubled",
              null));
    }
    return rows;
  }

  private static int[] columnIndexes(CSVRecord header, String file, List<Problem> problems) {
    List<String> names = new ArrayList<>();
    header.forEach(name -> names.add(name.strip().toLowerCase(Locale.ROOT)));
    int[] indexes = new int[DatasetRow.COLUMNS.size()];
    List<String> missing = new ArrayList<>();
    for (int c = 0; c < indexes.length; c++) {
      indexes[c] = names.indexOf(DatasetRow.COLUMNS.get(c));
      if (indexes[c] < 0) {
        missing.add(DatasetRow.COLUMNS.get(c));
      }
    }
    if (!missing.isEmpty()) {
      problems.add(
          Problem.error(
              file,
              null,
              1,
              null,
              "the header lacks " + String.join(", ", missing) + "; no row can be read",
              String.join(",", DatasetRow.COLUMNS),
              String.join(",", names)));
      return null;
    }
    return indexes;
  }

  static void write(List<DatasetRow> rows, char delimiter, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVFormat format = format(delimiter);
    format.printRecord(writer, DatasetRow.COLUMNS.toArray());
    for (DatasetRow row : rows) {
      format.printRecord(writer, row.values().toArray());
    }
    writer.flush();
  }
}
