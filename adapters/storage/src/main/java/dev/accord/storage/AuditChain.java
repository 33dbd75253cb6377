package dev.accord.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;

/**
 * The audit log's hash chain (migration V11). A write's hash is the SHA-256 of the previous write's
 * hash and the write's own fields, each written out with its length so that no two different writes
 * read the same; the first write follows a hash of zeros.
 */
final class AuditChain {

  static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /** Appends the write at the head of the chain, chaining first any write from before it. */
  static void append(Connection connection, AuditedWrite write) throws SQLException {
    String head = lockHead(connection);
    head = chainUnchained(connection, head);
    AuditedWrite stored = truncated(write);
    long id;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO audit_log (at, actor, via, action, target, status, detail)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)",
            new String[] {"id"})) {
      Columns.setInstant(insert, 1, stored.at());
      insert.setString(2, stored.actor());
      insert.setString(3, stored.via());
      insert.setString(4, stored.action());
      insert.setString(5, stored.target());
      insert.setInt(6, stored.status());
      insert.setString(7, stored.detail());
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
    }
    link(connection, id, head, hash(head, id, stored));
  }

  /** Walks the chain from its start and says where, if anywhere, it breaks. */
  static AuditVerification verify(Connection connection) throws SQLException {
    String previous = GENESIS;
    long count = 0;
    long lastId = 0;
    try (PreparedStatement select =
            connection.prepareStatement("SELECT * FROM audit_log ORDER BY id");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        long id = rows.getLong("id");
        String prevHash = rows.getString("prev_hash");
        String hash = rows.getString("hash");
        if (hash == null) {
          // Written before the chain and not chained yet: nothing can be said of it.
          continue;
        }
        if (!previous.equals(prevHash)) {
          return AuditVerification.broken(
              count,
              id,
              "write "
                  + id
                  + " does not follow the write before it in the chain: a write was"
                  + " removed or inserted before it");
        }
        if (!hash.equals(hash(prevHash, id, ServerTables.read(rows)))) {
          return AuditVerification.broken(
              count,
              id,
              "write " + id + " was changed after it was written: its hash no longer matches it");
        }
        previous = hash;
        lastId = id;
        count++;
      }
    }
    String[] head = head(connection);
    if (Long.parseLong(head[0]) != lastId || !head[1].equals(previous)) {
      return AuditVerification.broken(
          count,
          lastId,
          "the chain ends at write "
              + lastId
              + " but its head names write "
              + head[0]
              + ": the last writes were removed");
    }
    return AuditVerification.intact(count, previous);
  }

  private static String lockHead(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement("SELECT hash FROM audit_head WHERE id = 1 FOR UPDATE");
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getString(1);
    }
  }

  private static String[] head(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement("SELECT last_id, hash FROM audit_head WHERE id = 1");
        ResultSet row = select.executeQuery()) {
      row.next();
      return new String[] {Long.toString(row.getLong(1)), row.getString(2)};
    }
  }

  private static String chainUnchained(Connection connection, String head) throws SQLException {
    String current = head;
    try (PreparedStatement select =
            connection.prepareStatement("SELECT * FROM audit_log WHERE hash IS NULL ORDER BY id");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        long id = rows.getLong("id");
        String hash = hash(current, id, ServerTables.read(rows));
        link(connection, id, current, hash);
        current = hash;
      }
    }
    return current;
  }

  private static void link(Connection connection, long id, String previous, String hash)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?")) {
      update.setString(1, previous);
      update.setString(2, hash);
      update.setLong(3, id);
      update.executeUpdate();
    }
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE audit_head SET last_id = ?, hash = ? WHERE id = 1")) {
      update.setLong(1, id);
      update.setString(2, hash);
      update.executeUpdate();
    }
  }

  /** The instant as the database keeps it, to the microsecond, so its hash reads back the same. */
  private static AuditedWrite truncated(AuditedWrite write) {
    return new AuditedWrite(
        write.at().truncatedTo(ChronoUnit.MICROS),
        write.actor(),
        write.via(),
        write.action(),
        write.target(),
        write.status(),
        write.detail());
  }

  static String hash(String previous, long id, AuditedWrite write) {
    StringBuilder text = new StringBuilder(previous);
    for (String field :
        new String[] {
          Long.toString(id),
          write.at().truncatedTo(ChronoUnit.MICROS).toString(),
          write.actor(),
          write.via(),
          write.action(),
          write.target(),
          Integer.toString(write.status()),
          write.detail()
        }) {
      text.append('|').append(field.length()).append(':').append(field);
    }
    return Sha256.hex(text.toString());
  }
}
