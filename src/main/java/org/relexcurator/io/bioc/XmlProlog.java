package org.relexcurator.io.bioc;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * What comes before an XML file's root element, read by hand because the hardened parser ({@link
 * HardenedXmlInput}) skips the DOCTYPE without saying what it held: the root element's name and the
 * entities the internal DTD subset declares. Reading stops at the root element, so a DTD of any
 * size costs one pass over it and nothing else.
 *
 * @param root the root element's name; null when the text ends first ({@code complete} false) or
 *     something other than XML markup comes before it
 * @param complete whether the prolog was read to its end, as opposed to the text ending inside it
 * @param entities the names of the entities the DTD declares ({@code %name} for parameter
 *     entities), in order
 */
record XmlProlog(String root, boolean complete, List<String> entities) {

  XmlProlog {
    entities = List.copyOf(entities);
  }

  /** Reads the prolog from the reader, leaving it just after the root element's name. */
  static XmlProlog read(Reader text) throws IOException {
    return new Scan(new PushbackReader(text, 1)).prolog();
  }

  /** A scan over one text; {@code -1} is the end of the text. */
  private static final class Scan {

    private final PushbackReader in;
    private final List<String> entities = new ArrayList<>();

    Scan(PushbackReader in) {
      this.in = in;
    }

    XmlProlog prolog() throws IOException {
      while (true) {
        int c = skipSpace();
        if (c == '\uFEFF') {
          continue;
        }
        if (c < 0) {
          return incomplete();
        }
        if (c != '<') {
          return new XmlProlog(null, true, entities);
        }
        int next = in.read();
        if (next == '?') {
          if (!skipPast("?>")) {
            return incomplete();
          }
        } else if (next == '!') {
          if (!declaration()) {
            return incomplete();
          }
        } else if (next >= 0 && isNameChar(next) && next != '-' && next != '.') {
          in.unread(next);
          String root = name();
          return new XmlProlog(root, true, entities);
        } else {
          return next < 0 ? incomplete() : new XmlProlog(null, true, entities);
        }
      }
    }

    /** After {@code <!} in the prolog: a comment or the DOCTYPE; false if the text ends. */
    private boolean declaration() throws IOException {
      int c = in.read();
      if (c == '-') {
        return skipPast("-->");
      }
      // <!DOCTYPE name SYSTEM "…" [ subset ]>: quoted literals may hold [ and >.
      while (c >= 0 && c != '>') {
        if (c == '"' || c == '\'') {
          if (!skipPast(String.valueOf((char) c))) {
            return false;
          }
        } else if (c == '[') {
          if (!internalSubset()) {
            return false;
          }
        }
        c = in.read();
      }
      return c == '>';
    }

    /** The internal subset up to its closing {@code ]}; false if the text ends first. */
    private boolean internalSubset() throws IOException {
      while (true) {
        int c = skipSpace();
        if (c < 0) {
          return false;
        }
        if (c == ']') {
          return true;
        }
        if (c == '%') {
          // A parameter-entity reference pulls declarations in from elsewhere.
          add("%" + name());
          continue;
        }
        if (c != '<') {
          continue;
        }
        int next = in.read();
        if (next == '?') {
          if (!skipPast("?>")) {
            return false;
          }
        } else if (next == '!') {
          if (!markupDeclaration()) {
            return false;
          }
        }
      }
    }

    /** After {@code <!} in the subset: a comment or a declaration; records entity names. */
    private boolean markupDeclaration() throws IOException {
      int c = in.read();
      if (c == '-') {
        return skipPast("-->");
      }
      if (c >= 0) {
        in.unread(c);
      }
      String keyword = name();
      if (keyword.equals("ENTITY")) {
        int first = skipSpace();
        String prefix = "";
        if (first == '%') {
          prefix = "%";
          first = skipSpace();
        }
        if (first >= 0) {
          in.unread(first);
        }
        add(prefix + name());
      }
      while ((c = in.read()) >= 0 && c != '>') {
        if ((c == '"' || c == '\'') && !skipPast(String.valueOf((char) c))) {
          return false;
        }
      }
      return c == '>';
    }

    /** Notes an entity once, however often the subset declares or refers to it. */
    private void add(String entity) {
      if (!entities.contains(entity)) {
        entities.add(entity);
      }
    }

    /** The name at the reader, possibly empty; leaves the reader after it. */
    private String name() throws IOException {
      StringBuilder name = new StringBuilder();
      int c;
      while ((c = in.read()) >= 0 && isNameChar(c)) {
        name.append((char) c);
      }
      if (c >= 0) {
        in.unread(c);
      }
      return name.toString();
    }

    /** The first character that is not white space, consumed; -1 at the end. */
    private int skipSpace() throws IOException {
      int c;
      do {
        c = in.read();
      } while (c == ' ' || c == '\t' || c == '\r' || c == '\n');
      return c;
    }

    /** Skips to just after {@code end}; false if the text ends first. */
    private boolean skipPast(String end) throws IOException {
      StringBuilder last = new StringBuilder();
      int c;
      while ((c = in.read()) >= 0) {
        last.append((char) c);
        if (last.length() > end.length()) {
          last.deleteCharAt(0);
        }
        if (last.length() == end.length() && last.toString().equals(end)) {
          return true;
        }
      }
      return false;
    }

    private XmlProlog incomplete() {
      return new XmlProlog(null, false, entities);
    }

    private static boolean isNameChar(int c) {
      return Character.isLetterOrDigit(c)
          || c == '_'
          || c == ':'
          || c == '-'
          || c == '.'
          || c > 0x7F;
    }
  }
}
