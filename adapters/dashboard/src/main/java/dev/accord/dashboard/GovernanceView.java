package dev.accord.dashboard;

import java.util.Comparator;
import java.util.List;

/** The decision log and the backlog: rows the server keeps, listed as they are. */
final class GovernanceView {

  private GovernanceView() {}

  record DecisionLine(
      String date,
      String domain,
      String title,
      String decidedBy,
      String outcome,
      String rationale) {}

  record Decisions(
      Layout layout, List<DecisionLine> decisions, List<AccordView.RightLine> rights) {}

  record BacklogLine(String rank, String id, String title, String requestedBy, String status) {}

  record Backlog(Layout layout, List<BacklogLine> items, String approvers) {}

  static Decisions decisions(Frame frame, List<Decision> log) {
    Names names = new Names(frame.accord());
    List<DecisionLine> lines =
        log.stream()
            .sorted(Comparator.comparing(Decision::at).reversed())
            .map(d ->
                new DecisionLine(
                    Figures.instant(d.at()),
                    Figures.capitalised(Figures.words(d.domain())),
                    d.title(),
                    names.owner(d.decidedBy()),
                    d.outcome(),
                    d.rationale()))
            .toList();
    List<AccordView.RightLine> rights =
        frame.accord().decisionRights().stream().map(r -> AccordView.right(r, names)).toList();
    return new Decisions(
        Layout.of(frame, Section.DECISIONS, "Decision log", "Newest first", java.util.Map.of()),
        lines,
        rights);
  }

  static Backlog backlog(Frame frame, List<BacklogItem> items) {
    Names names = new Names(frame.accord());
    List<BacklogLine> lines =
        items.stream()
            .sorted(Comparator.comparingInt(BacklogItem::rank).thenComparing(BacklogItem::id))
            .map(i ->
                new BacklogLine(
                    Integer.toString(i.rank()),
                    i.id(),
                    i.title(),
                    names.owner(i.requestedBy()),
                    i.status()))
            .toList();
    String approvers =
        frame.accord().decisionRights().stream()
            .filter(r -> r.domain() == dev.accord.core.governance.DecisionDomain.BACKLOG_PRIORITY)
            .findFirst()
            .map(r -> "Priorities are approved by " + AccordView.parties(r.approve(), names) + ".")
            .orElse("");
    return new Backlog(
        Layout.of(frame, Section.BACKLOG, "Backlog", "In priority order", java.util.Map.of()),
        lines,
        approvers);
  }
}
