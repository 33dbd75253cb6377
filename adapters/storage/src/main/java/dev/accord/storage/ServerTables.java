package dev.accord.storage;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tables the server keeps in the store: {@code api_tokens}, {@code audit_log} and {@code
 * webhook_deliveries} (migration V6).
 */
final class ServerTables {

  /** Tokens read {@code acc_} and 43 characters of base64url: 256 random bits. */
  private static final String TOKEN_PREFIX = "acc_";

  private static final SecureRandom RANDOM = new SecureRandom();

  private ServerTables() {}

  static IssuedToken issue(Connection connection, String personId, String name, Instant at)
      throws SQLException {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO api_tokens (person_id, name, token_hash, created_at) VALUES (?, ?, ?, ?)",
            new String[] {"id"})) {
      insert.setString(1, personId);
      insert.setString(2, name);
      insert.setString(3, Sha256.hex(secret));
      Columns.setInstant(insert, 4, at);
      insert.executeUpdate();
      try (ResultSet key = insert.getGeneratedKeys()) {
        key.next();
        return new IssuedToken(
            new ApiToken(key.getLong(1), personId, name, at, Optional.empty()), secret);
      }
    }
  }

  /** The valid token with the secret; the secret is looked up by its hash only. */
  static Optional<ApiToken> bySecret(Connection connection, String secret) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT * FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL")) {
      select.setString(1, Sha256.hex(secret));
      List<ApiToken> found = tokens(select);
      return found.stream().findFirst();
    }
  }

  static List<ApiToken> all(Connection connection) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT * FROM api_tokens ORDER BY id")) {
      return tokens(select);
    }
  }

  static boolean revoke(Connection connection, long id, Instant at) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
      Columns.setInstant(update, 1, at);
      update.setLong(2, id);
      return update.executeUpdate() > 0;
    }
  }

  private static List<ApiToken> tokens(PreparedStatement select) throws SQLException {
    List<ApiToken> tokens = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        tokens.add(
            new ApiToken(
                rows.getLong("id"),
                rows.getString("person_id"),
                rows.getString("name"),
                Columns.instant(rows, "created_at"),
                Columns.optionalInstant(rows, "revoked_at")));
      }
    }
    return tokens;
  }

  static void audit(Connection connection, AuditedWrite write) throws SQLException {
    AuditChain.append(connection, write);
  }

  /** A page of the audit log, newest first. */
  static List<AuditedWrite> auditLog(Connection connection, int limit, int offset)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT * FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?")) {
      select.setInt(1, limit);
      select.setInt(2, offset);
      List<AuditedWrite> writes = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          writes.add(read(rows));
        }
      }
      return writes;
    }
  }

  /** The write on the result set's current row. */
  static AuditedWrite read(ResultSet rows) throws SQLException {
    return new AuditedWrite(
        Columns.instant(rows, "at"),
        rows.getString("actor"),
        rows.getString("via"),
        rows.getString("action"),
        rows.getString("target"),
        rows.getInt("status"),
        rows.getString("detail"));
  }

  static long countAudit(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM audit_log");
        ResultSet rows = select.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Which of the delivery ids the store has taken in from the source. */
  static Set<String> knownDeliveries(Connection connection, String source, Collection<String> ids)
      throws SQLException {
    Set<String> known = new HashSet<>();
    List<String> all = List.copyOf(new HashSet<>(ids));
    for (int from = 0; from < all.size(); from += KnownValues.CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + KnownValues.CHUNK));
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT delivery_id FROM webhook_deliveries WHERE source = ? AND delivery_id IN "
                  + Columns.placeholders(chunk.size()))) {
        select.setString(1, source);
        for (int i = 0; i < chunk.size(); i++) {
          select.setString(i + 2, chunk.get(i));
        }
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            known.add(rows.getString(1));
          }
        }
      }
    }
    return known;
  }

  static void recordDeliveries(
      Connection connection, String source, Collection<String> ids, Instant at)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO webhook_deliveries (source, delivery_id, received_at) VALUES (?, ?, ?)")) {
      for (String id : ids) {
        insert.setString(1, source);
        insert.setString(2, id);
        Columns.setInstant(insert, 3, at);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
