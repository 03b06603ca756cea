package org.relexcurator.curation.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.EffectiveDecisions;
import org.relexcurator.curation.project.DocumentIdentity;
import org.relexcurator.curation.project.ModelIdentity;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.curation.project.StoredPrediction;
import org.relexcurator.model.Decision;

/**
 * Brings curators' projects back into one team project ({@code relex merge}): their documents,
 * pairs, predictions, label decisions and mention edits. Nothing is dropped: every decision of
 * every file is in the team project afterwards, once; a decision the team project holds already
 * (one the source carried into every curator's project, or one of a file merged before) is
 * recognised by its {@link DecisionIdentity} and not added again, so merging the same files twice
 * changes nothing. Each file's new decisions are appended in that file's order, file after file.
 *
 * <p>Every file is read and checked before anything is written: a file of another corpus (a
 * document both hold whose file's hash differs, or no document in common) or of another model (a
 * different set of model fingerprints) is refused, naming the file, and so is a file whose undos
 * would not add up after the decisions before it; the team project is then left as it was.
 */
public final class ProjectMerge {

  private ProjectMerge() {}

  /** What a merge added. */
  public record Summary(Path team, int files, int decisionsAdded, int decisionsKnown, int pairs) {}

  /** One curator's project as read. */
  private record Source(
      Path file,
      List<DocumentIdentity> documents,
      List<ModelIdentity> models,
      List<StoredPair> pairs,
      Map<String, List<StoredPrediction>> predictions,
      List<Decision> log) {}

  /**
   * Merges {@code files} into {@code team}, which is created if it does not exist.
   *
   * @throws CurationStoreException if a file cannot be read or is refused; the team project is then
   *     left as it was (a new one is not made)
   */
  public static Summary merge(List<Path> files, Path team) throws CurationStoreException {
    List<Source> sources = new ArrayList<>();
    for (Path file : files) {
      if (file.toAbsolutePath().normalize().equals(team.toAbsolutePath().normalize())) {
        throw new CurationStoreException(
            file + " is the team project itself; name the curators' projects to merge into it");
      }
      sources.add(read(file));
    }
    boolean exists = Files.exists(team);
    if (exists) {
      Source existing = read(team);
      for (Source source : sources) {
        checkSameStudy(existing, source);
      }
    }
    for (Source source : sources) {
      checkSameStudy(sources.get(0), source);
    }
    try (ProjectDatabase project =
        exists ? ProjectDatabase.open(team) : ProjectDatabase.create(team)) {
      return mergeInto(project, sources);
    } catch (CurationStoreException e) {
      if (!exists) {
        forget(team);
      }
      throw e;
    }
  }

  /** Removes a team project this merge created and could not fill. */
  private static void forget(Path team) {
    try {
      Files.deleteIfExists(team);
      Files.deleteIfExists(ProjectDatabase.lockFileOf(team));
    } catch (IOException e) {
      // The refusal is what the curator needs to read; the empty file says nothing false.
    }
  }

  private static Source read(Path file) throws CurationStoreException {
    try (ProjectDatabase project = ProjectDatabase.open(file)) {
      List<StoredPair> pairs = project.contents().pairs();
      Map<String, List<StoredPrediction>> predictions = new LinkedHashMap<>();
      for (StoredPair pair : pairs) {
        predictions.put(pair.key(), project.contents().predictions(pair.key()));
      }
      return new Source(
          file,
          project.contents().documents(),
          project.contents().models(),
          pairs,
          predictions,
          project.decisions().log());
    }
  }

  /** Refuses {@code other} unless it is of the corpus and the model of {@code reference}. */
  private static void checkSameStudy(Source reference, Source other) throws CurationStoreException {
    if (reference.documents().isEmpty() || other.documents().isEmpty()) {
      return;
    }
    Map<String, String> hashes = new HashMap<>();
    reference.documents().forEach(d -> hashes.put(d.id(), d.contentHash()));
    boolean shared = false;
    for (DocumentIdentity document : other.documents()) {
      if (hashes.containsKey(document.id())) {
        shared = true;
        if (!Objects.equals(hashes.get(document.id()), document.contentHash())) {
          throw new CurationStoreException(
              other.file()
                  + " is of another corpus: its document "
                  + document.id()
                  + " was read from a file with hash "
                  + document.contentHash()
                  + ", where "
                  + reference.file()
                  + " has "
                  + hashes.get(document.id())
                  + "; only projects of the same corpus can be merged");
        }
      }
    }
    if (!shared) {
      throw new CurationStoreException(
          other.file()
              + " is of another corpus: it has no document in common with "
              + reference.file()
              + "; only projects of the same corpus can be merged");
    }
    Set<String> expected = fingerprints(reference);
    Set<String> found = fingerprints(other);
    if (!expected.isEmpty() && !found.isEmpty() && !expected.equals(found)) {
      throw new CurationStoreException(
          other.file()
              + " is of another model: its predictions are by "
              + found
              + ", those of "
              + reference.file()
              + " by "
              + expected
              + "; only projects of the same model can be merged");
    }
  }

  private static Set<String> fingerprints(Source source) {
    Set<String> fingerprints = new TreeSet<>();
    source.models().forEach(m -> fingerprints.add(m.fingerprint()));
    return fingerprints;
  }

  private static Summary mergeInto(ProjectDatabase team, List<Source> sources)
      throws CurationStoreException {
    List<Decision> teamLog = team.decisions().log();
    Map<DecisionIdentity, Long> known = new HashMap<>();
    List<DecisionIdentity> teamIdentities = DecisionIdentity.of(teamLog);
    for (int i = 0; i < teamLog.size(); i++) {
      known.put(teamIdentities.get(i), teamLog.get(i).sequence());
    }
    // Plan every new decision and check the log they make before writing any of them.
    EffectiveDecisions state = EffectiveDecisions.of(teamLog);
    List<Decision> added = new ArrayList<>();
    int knownCount = 0;
    long next = teamLog.size() + 1L;
    for (Source source : sources) {
      Map<Long, Long> renumbered = new HashMap<>();
      List<DecisionIdentity> identities = DecisionIdentity.of(source.log());
      for (int i = 0; i < source.log().size(); i++) {
        Decision decision = source.log().get(i);
        Long already = known.get(identities.get(i));
        if (already != null) {
          renumbered.put(decision.sequence(), already);
          knownCount++;
          continue;
        }
        Decision planned =
            ProjectSplit.draftOf(decision, renumbered.get(decision.refersTo()))
                .withSequence(next++);
        try {
          state.apply(planned);
        } catch (CurationStoreException e) {
          throw new CurationStoreException(
              source.file()
                  + ": decision "
                  + decision.sequence()
                  + " ("
                  + decision.action()
                  + " by "
                  + decision.curator()
                  + " of "
                  + decision.pairKey()
                  + ") does not follow from the decisions merged before it: "
                  + e.getMessage(),
              e);
        }
        known.put(identities.get(i), planned.sequence());
        renumbered.put(decision.sequence(), planned.sequence());
        added.add(planned);
      }
    }
    Set<String> documents = new HashSet<>();
    team.contents().documents().forEach(d -> documents.add(d.id()));
    Set<String> pairs = new HashSet<>();
    team.contents().pairs().forEach(p -> pairs.add(p.key()));
    Set<String> models = new HashSet<>();
    team.contents().models().forEach(m -> models.add(m.fingerprint()));
    Map<String, DocumentIdentity> newDocuments = new LinkedHashMap<>();
    Map<String, ModelIdentity> newModels = new LinkedHashMap<>();
    Map<String, StoredPair> newPairs = new LinkedHashMap<>();
    for (Source source : sources) {
      source.documents().stream()
          .filter(d -> !documents.contains(d.id()))
          .forEach(d -> newDocuments.putIfAbsent(d.id(), d));
      source.models().stream()
          .filter(m -> !models.contains(m.fingerprint()))
          .forEach(m -> newModels.putIfAbsent(m.fingerprint(), m));
      source.pairs().stream()
          .filter(p -> !pairs.contains(p.key()))
          .forEach(p -> newPairs.putIfAbsent(p.key(), p));
    }
    team.contents().putDocuments(newDocuments.values());
    team.contents().putModels(newModels.values());
    team.contents().putPairs(newPairs.values());
    team.contents().addPredictions(newPredictions(team, sources));
    for (Decision decision : added) {
      team.decisions().record(ProjectSplit.draftOf(decision, decision.refersTo()));
    }
    return new Summary(
        team.file(), sources.size(), added.size(), knownCount, team.contents().pairs().size());
  }

  /** The sources' predictions the team project lacks, each once. */
  private static List<StoredPrediction> newPredictions(ProjectDatabase team, List<Source> sources)
      throws CurationStoreException {
    Map<String, Set<String>> had = new HashMap<>();
    List<StoredPrediction> fresh = new ArrayList<>();
    for (Source source : sources) {
      for (Map.Entry<String, List<StoredPrediction>> pair : source.predictions().entrySet()) {
        Set<String> seen = had.get(pair.getKey());
        if (seen == null) {
          seen = new HashSet<>();
          for (StoredPrediction prediction : team.contents().predictions(pair.getKey())) {
            seen.add(identity(prediction));
          }
          had.put(pair.getKey(), seen);
        }
        for (StoredPrediction prediction : pair.getValue()) {
          if (seen.add(identity(prediction))) {
            fresh.add(prediction);
          }
        }
      }
    }
    return fresh;
  }

  private static String identity(StoredPrediction prediction) {
    return prediction.model().fingerprint()
        + "|"
        + prediction.time()
        + "|"
        + prediction.prediction().labels()
        + "|"
        + Arrays.toString(prediction.prediction().logits());
  }
}
