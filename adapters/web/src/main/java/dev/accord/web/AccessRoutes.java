package dev.accord.web;

import dev.accord.storage.AuditedWrite;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who the caller is and what they may do ({@code /api/v1/me}), and the audit log of every write
 * made through the server ({@code /api/v1/audit}, for admins).
 */
final class AccessRoutes {

  private final SerialStore store;

  AccessRoutes(SerialStore store) {
    this.store = store;
  }

  /** The caller as the server sees them. */
  record Me(
      String id,
      String name,
      List<String> teams,
      List<String> roles,
      List<String> rights,
      String via) {

    static Me of(Caller caller) {
      return new Me(
          caller.id(),
          caller.person().name(),
          caller.person().teams(),
          caller.person().roles().stream().map(ExceptionView::word).toList(),
          caller.rights().stream().sorted().map(Right::word).toList(),
          caller.via());
    }
  }

  void addTo(Api api) {
    api.read(
        "/api/v1/me",
        Right.READ,
        call -> {
          call.query();
          return Api.Answer.of(Me.of(call.caller()));
        });
    api.read(
        "/api/v1/audit",
        Right.READ_AUDIT_LOG,
        call -> {
          Query query = call.query("limit", "offset");
          int limit = query.limit();
          int offset = query.offset();
          record Found(List<AuditedWrite> writes, long total) {}
          Found found = store.use(s -> new Found(s.auditLog(limit, offset), s.countAuditLog()));
          Page<AuditedWrite> page =
              Page.of(
                  found.writes(),
                  found.total(),
                  limit,
                  offset,
                  "/api/v1/audit",
                  Map.<String, Optional<String>>of());
          return new Api.Answer(page, page.headers());
        });
  }
}
