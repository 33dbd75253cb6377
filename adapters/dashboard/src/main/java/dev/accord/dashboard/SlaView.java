package dev.accord.dashboard;

import dev.accord.core.sla.Compliance;
import dev.accord.core.sla.Handoff;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SLA board: each handoff's compliance in total and per owner, the breaches by handoff and
 * owner as a chart, the open timers soonest due first and the runs that breached.
 */
record SlaView(
    Layout layout,
    boolean noHandoffs,
    List<HandoffLine> handoffs,
    List<RunLine> open,
    List<RunLine> breached,
    boolean hasChart) {

  /** A handoff (or, indented under it, an owner) and how its runs ended. */
  record HandoffLine(
      String handoffId,
      String name,
      String owner,
      boolean total,
      String contract,
      String metInTime,
      String breached,
      String open,
      String withdrawn,
      String rate) {}

  /** A run of a clock on a record. */
  record RunLine(
      String recordId,
      String handoff,
      int run,
      String owner,
      String status,
      String started,
      String due,
      String when,
      boolean late) {}

  static final String CHART_HANDOFFS = "sla-handoffs";
  static final String CHART_OWNERS = "sla-owners";

  static SlaView of(Frame frame, SlaBoard board) {
    Names names = new Names(frame.accord());
    List<HandoffLine> lines = new ArrayList<>();
    Map<String, Object> charts = new LinkedHashMap<>();
    List<String> handoffNames = new ArrayList<>();
    List<Integer> met = new ArrayList<>();
    List<Integer> breached = new ArrayList<>();
    List<Integer> open = new ArrayList<>();
    List<Integer> withdrawn = new ArrayList<>();
    Map<String, Map<String, Integer>> breachesByOwner = new TreeMap<>();
    board
        .compliance()
        .forEach((handoffId, owners) -> {
          Compliance total = owners.values().stream().reduce(Compliance.NONE, Compliance::plus);
          String name = names.handoff(handoffId);
          String contract =
              frame
                  .accord()
                  .handoff(handoffId)
                  .map(h -> contract(h, names))
                  .orElse("no longer in the accord");
          lines.add(line(handoffId, name, "All owners", true, contract, total));
          owners.entrySet().stream()
              .sorted(Map.Entry.comparingByKey())
              .forEach(e -> {
                String owner = names.owner(e.getKey());
                lines.add(line(handoffId, name, owner, false, "", e.getValue()));
                if (e.getValue().breached() > 0) {
                  breachesByOwner
                      .computeIfAbsent(owner, ignored -> new LinkedHashMap<>())
                      .merge(name, e.getValue().breached(), Integer::sum);
                }
              });
          handoffNames.add(name);
          met.add(total.metInTime());
          breached.add(total.breached());
          open.add(total.open());
          withdrawn.add(total.withdrawn());
        });
    if (!handoffNames.isEmpty()) {
      Map<String, Object> spec = new LinkedHashMap<>();
      spec.put("kind", "sla");
      spec.put("handoffs", handoffNames);
      spec.put("met", met);
      spec.put("breached", breached);
      spec.put("open", open);
      spec.put("withdrawn", withdrawn);
      charts.put(CHART_HANDOFFS, spec);
    }
    if (!breachesByOwner.isEmpty()) {
      List<String> owners = new ArrayList<>(breachesByOwner.keySet());
      List<Map<String, Object>> series = new ArrayList<>();
      for (String handoff : handoffNames) {
        List<Integer> counts =
            owners.stream().map(o -> breachesByOwner.get(o).getOrDefault(handoff, 0)).toList();
        if (counts.stream().anyMatch(c -> c > 0)) {
          Map<String, Object> one = new LinkedHashMap<>();
          one.put("name", handoff);
          one.put("values", counts);
          series.add(one);
        }
      }
      Map<String, Object> spec = new LinkedHashMap<>();
      spec.put("kind", "stacked");
      spec.put("keys", owners);
      spec.put("series", series);
      charts.put(CHART_OWNERS, spec);
    }
    List<RunLine> openRuns =
        board.runs().stream()
            .filter(SlaRun::isOpen)
            .sorted(Comparator.comparing(SlaRun::dueAt))
            .map(run -> run(run, board, names))
            .toList();
    List<RunLine> breachedRuns =
        board.runs().stream()
            .filter(SlaRun::breached)
            .sorted(Comparator.comparing(SlaRun::dueAt).reversed())
            .map(run -> run(run, board, names))
            .toList();
    return new SlaView(
        Layout.of(
            frame,
            Section.SLA_BOARD,
            "SLA board",
            "As of "
                + Figures.instant(board.now())
                + "; the clocks stand as the last import or tick left them",
            charts),
        frame.accord().handoffs().isEmpty(),
        lines,
        openRuns,
        breachedRuns,
        !charts.isEmpty());
  }

  private static String contract(Handoff handoff, Names names) {
    return names.stage(handoff.from())
        + " → "
        + names.stage(handoff.to())
        + ": "
        + names.owner(handoff.owner())
        + " within "
        + handoff.sla().describe();
  }

  private static HandoffLine line(
      String id, String name, String owner, boolean total, String contract, Compliance c) {
    return new HandoffLine(
        id,
        name,
        owner,
        total,
        contract,
        Figures.count(c.metInTime()),
        Figures.count(c.breached()),
        Figures.count(c.open()),
        Figures.count(c.withdrawn()),
        c.rate().isPresent() ? Figures.percent(c.rate().getAsDouble()) : "–");
  }

  private static RunLine run(SlaRun run, SlaBoard board, Names names) {
    String when;
    boolean late = false;
    if (run.isOpen()) {
      Duration left = Duration.between(board.now(), run.dueAt());
      late = left.isNegative();
      when = late ? "Overdue by " + Figures.duration(left) : "Due in " + Figures.duration(left);
    } else {
      when =
          run.stoppedAt()
              .map(stop -> {
                Duration over = Duration.between(run.dueAt(), stop);
                return over.isNegative() || over.isZero()
                    ? "Stopped " + Figures.instant(stop)
                    : "Late by " + Figures.duration(over);
              })
              .orElse("");
    }
    if (run.breached()) {
      late = true;
    }
    return new RunLine(
        run.recordId(),
        names.handoff(run.handoffId()),
        run.run(),
        run.owner().map(names::owner).orElse("nobody"),
        Figures.words(run.status()) + (run.breached() ? ", breached" : ""),
        Figures.instant(run.startedAt()),
        Figures.instant(run.dueAt()),
        when,
        late);
  }
}
