package dev.accord.storage;

import static dev.accord.storage.Funnel.created;
import static dev.accord.storage.Funnel.moved;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.governance.Decision;
import dev.accord.core.governance.DecisionDomain;
import dev.accord.core.queue.QueueStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the server keeps in the store, on every database: API tokens kept as hashes, the audit log
 * of writes, webhook deliveries taken in once, and the counts behind paginated answers.
 */
abstract class ServerTablesContract {

  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  private Store store;
  private String url;

  abstract String newDatabase();

  @BeforeEach
  void open() {
    url = newDatabase();
    store =
        Store.open(url).withEngine(Funnel.engine(), 1).withClock(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void a_token_is_found_by_its_secret_until_it_is_revoked() {
    IssuedToken issued = store.issueToken("priya", "crm-sync");

    assertThat(issued.secret()).startsWith("acc_").hasSize(47);
    assertThat(issued.toString()).doesNotContain(issued.secret());
    assertThat(store.token(issued.secret())).contains(issued.token());
    assertThat(store.token(issued.secret() + "x")).isEmpty();
    assertThat(issued.token().createdAt()).isEqualTo(NOW);

    assertThat(store.revokeToken(issued.token().id())).isTrue();
    assertThat(store.revokeToken(issued.token().id())).isFalse();
    assertThat(store.token(issued.secret())).isEmpty();
    assertThat(store.tokens())
        .singleElement()
        .satisfies(token -> assertThat(token.revokedAt()).contains(NOW));
  }

  @Test
  void the_secret_itself_is_never_stored() {
    IssuedToken issued = store.issueToken("priya", "crm-sync");
    IssuedToken other = store.issueToken("maria", "laptop");

    assertThat(issued.secret()).isNotEqualTo(other.secret());
    assertThat(store.tokens()).extracting(ApiToken::personId).containsExactly("priya", "maria");
    assertThat(store.tokens().toString()).doesNotContain(issued.secret(), other.secret());
  }

  @Test
  void the_audit_log_is_read_newest_first() {
    store.audit(new AuditedWrite(NOW, "priya", "token 1", "POST /a", "/a", 200, "first"));
    store.audit(
        new AuditedWrite(NOW.plusSeconds(1), "maria", "token 2", "POST /b", "/b", 403, "second"));

    assertThat(store.countAuditLog()).isEqualTo(2);
    assertThat(store.auditLog(10, 0))
        .extracting(AuditedWrite::detail)
        .containsExactly("second", "first");
    assertThat(store.auditLog(1, 1)).extracting(AuditedWrite::actor).containsExactly("priya");
  }

  @Test
  void a_delivery_taken_in_twice_adds_nothing_the_second_time() {
    Delivery first =
        new Delivery(
            "evt-1", List.of(created("L-1", "hs:1", 0, "new"), moved("L-1", "hs:2", 5, "working")));

    DeliveryReport once = store.ingestDeliveries("hubspot", List.of(first));
    DeliveryReport twice = store.ingestDeliveries("hubspot", List.of(first));

    assertThat(once.repeated()).isEmpty();
    assertThat(once.ingest().count(Arrival.NEW)).isEqualTo(2);
    assertThat(twice.repeated()).containsExactly("evt-1");
    assertThat(twice.ingest().receipts()).isEmpty();
    assertThat(store.eventCount()).isEqualTo(2);
    assertThat(store.record("L-1").orElseThrow().stage()).isEqualTo("working");
  }

  @Test
  void the_same_delivery_id_from_another_source_is_another_delivery() {
    store.ingestDeliveries(
        "hubspot", List.of(new Delivery("1", List.of(created("L-1", "a", 0, "new")))));
    DeliveryReport other =
        store.ingestDeliveries(
            "salesforce", List.of(new Delivery("1", List.of(created("L-2", "b", 0, "new")))));

    assertThat(other.repeated()).isEmpty();
    assertThat(store.countRecords()).isEqualTo(2);
  }

  @Test
  void a_delivery_repeated_within_one_call_counts_once() {
    Delivery delivery = new Delivery("d", List.of(created("L-1", "a", 0, "new")));

    DeliveryReport report = store.ingestDeliveries("salesforce", List.of(delivery, delivery));

    assertThat(report.repeated()).containsExactly("d");
    assertThat(report.ingest().receipts()).hasSize(1);
  }

  @Test
  void records_are_counted_per_stage_and_the_queue_per_filter() {
    store.ingest(
        List.of(
            created("L-1", "a", 0, "new"),
            created("L-2", "b", 0, "new"),
            created("L-3", "c", 0, "working")),
        List.of(Funnel.finding("L-1", "a", "null")),
        Optional.empty());

    assertThat(store.countRecords(Optional.empty())).isEqualTo(3);
    assertThat(store.countRecords(Optional.of("new"))).isEqualTo(2);
    assertThat(store.countRecords(Optional.of("won"))).isZero();
    assertThat(store.countQueue(QueueFilter.all())).isEqualTo(1);
    assertThat(
            store.countQueue(
                new QueueFilter(
                    Optional.of(QueueStatus.RESOLVED), Optional.empty(), Optional.empty())))
        .isZero();
  }

  @Test
  void the_decision_log_keeps_each_decision_whole_newest_first() {
    Decision approved =
        new Decision(
            DecisionDomain.DEFINITION_CHANGE,
            "change-request 1",
            Decision.Outcome.APPROVED,
            "priya",
            "person priya",
            NOW,
            "MQL needs a fit score; 'Select' is not a value",
            List.of("kpi mql_to_sql", "exception EX-1"));
    Decision rejected =
        new Decision(
            DecisionDomain.BACKLOG_PRIORITY,
            "backlog B-2",
            Decision.Outcome.REJECTED,
            "priya",
            "team revops",
            NOW.plusSeconds(60),
            "no evidence yet",
            List.of());

    LoggedDecisionEntry first = store.logDecision(approved);
    LoggedDecisionEntry second = store.logDecision(rejected);

    assertThat(second.id()).isGreaterThan(first.id());
    assertThat(store.decisions(Optional.empty(), 10, 0)).containsExactly(second, first);
    assertThat(store.decisions(Optional.of("change-request 1"), 10, 0))
        .singleElement()
        .satisfies(entry -> assertThat(entry.decision()).isEqualTo(approved));
    assertThat(store.decisions(Optional.empty(), 1, 1)).containsExactly(first);
    assertThat(store.countDecisions()).isEqualTo(2);
    assertThat(store.countDecisions(Optional.of("backlog B-2"))).isEqualTo(1);
  }

  @Test
  void the_audit_log_is_a_hash_chain_that_shows_a_write_changed_removed_or_cut_off()
      throws Exception {
    for (int i = 1; i <= 4; i++) {
      store.audit(
          new AuditedWrite(
              NOW.plusNanos(1_234_567L * i),
              "priya",
              "token 1 (cli)",
              "POST /x",
              "/x/" + i,
              200,
              "did " + i));
    }
    AuditVerification whole = store.verifyAuditLog();
    assertThat(whole.intact()).as(whole.toString()).isTrue();
    assertThat(whole.writes()).isEqualTo(4);
    assertThat(whole.head()).hasValueSatisfying(head -> assertThat(head).hasSize(64));

    try (java.sql.Connection sql = java.sql.DriverManager.getConnection(url);
        java.sql.Statement statement = sql.createStatement()) {
      long second = firstId(statement) + 1;
      statement.executeUpdate("UPDATE audit_log SET detail = 'nothing' WHERE id = " + second);
      AuditVerification changed = store.verifyAuditLog();
      assertThat(changed.brokenAt()).contains(second);
      assertThat(changed.problem())
          .hasValueSatisfying(p -> assertThat(p).contains("was changed after it was written"));

      statement.executeUpdate("DELETE FROM audit_log WHERE id = " + second);
      assertThat(store.verifyAuditLog().problem())
          .hasValueSatisfying(
              p -> assertThat(p).contains("a write was removed or inserted before it"));

      statement.executeUpdate("DELETE FROM audit_log WHERE id >= " + second);
      AuditVerification cut = store.verifyAuditLog();
      assertThat(cut.problem())
          .hasValueSatisfying(p -> assertThat(p).contains("the last writes were removed"));
    }
  }

  private static long firstId(java.sql.Statement statement) throws java.sql.SQLException {
    try (java.sql.ResultSet rows = statement.executeQuery("SELECT MIN(id) FROM audit_log")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Test
  void a_reachable_database_says_so() {
    assertThat(store.isReachable()).isTrue();
  }
}
