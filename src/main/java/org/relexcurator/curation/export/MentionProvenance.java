package org.relexcurator.curation.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relexcurator.curation.MentionOrigin;
import org.relexcurator.io.brat.BratInfons;
import org.relexcurator.model.Infons;

/**
 * What a mention a curator added or changed carries in an export, beside the file's own infons:
 * BioC infons and brat {@code AnnotatorNotes}. PubTator has no room for it.
 */
final class MentionProvenance {

  /** BioC infon: {@code added} or {@code changed}. */
  static final String CURATION = "mention_curation";

  /** BioC infon: who made the mention's latest edit. */
  static final String CURATOR = "mention_curator";

  /** BioC infon: when, ISO-8601. */
  static final String EDITED_AT = "mention_edited_at";

  private MentionProvenance() {}

  /** The file's infons and then {@link #CURATION}, {@link #CURATOR} and {@link #EDITED_AT}. */
  static Infons bioc(Infons file, MentionOrigin origin) {
    Map<String, Object> values = new LinkedHashMap<>(file.values());
    values.put(CURATION, origin.kindName());
    values.put(CURATOR, origin.curator());
    values.put(EDITED_AT, origin.time().toString());
    return new Infons(values);
  }

  /** The file's infons with one more note: {@code mention added by alice at 2026-…}. */
  static Infons bratNote(Infons file, MentionOrigin origin) {
    Map<String, Object> values = new LinkedHashMap<>(file.values());
    Object notes = values.get(BratInfons.NOTE);
    List<Object> all = new ArrayList<>();
    if (notes instanceof List<?> list) {
      all.addAll(list);
    } else if (notes != null) {
      all.add(notes);
    }
    all.add("mention " + origin.kindName() + " by " + origin.curator() + " at " + origin.time());
    values.put(BratInfons.NOTE, all);
    return new Infons(values);
  }

  /** For a format without room for provenance: the file's infons as they are. */
  static Infons none(Infons file, MentionOrigin origin) {
    return file;
  }
}
