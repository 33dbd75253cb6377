package dev.accord.storage;

import dev.accord.core.lifecycle.RecordState;
import dev.accord.json.RecordStateJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A fingerprint of a set of record states, so that "the state was reproduced exactly" is one
 * comparison. Each state is written as its canonical JSON line and hashed with SHA-256; the digest
 * is the SHA-256 of those hashes in record id order. It depends on nothing but the states: not on
 * the database, its collation or the order the states were read in.
 */
public final class StateDigest {

  private final List<Map.Entry<String, byte[]>> fingerprints = new ArrayList<>();

  StateDigest() {}

  /** The digest of the given states. */
  public static String of(Iterable<RecordState> states) {
    StateDigest digest = new StateDigest();
    states.forEach(digest::add);
    return digest.hex();
  }

  void add(RecordState state) {
    byte[] line = RecordStateJson.write(state).getBytes(StandardCharsets.UTF_8);
    fingerprints.add(Map.entry(state.recordId(), Sha256.newDigest().digest(line)));
  }

  String hex() {
    fingerprints.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
    MessageDigest all = Sha256.newDigest();
    fingerprints.forEach(entry -> all.update(entry.getValue()));
    return HexFormat.of().formatHex(all.digest());
  }
}
