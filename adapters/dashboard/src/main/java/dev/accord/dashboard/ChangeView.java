package dev.accord.dashboard;

import dev.accord.core.accord.AccordChange;
import dev.accord.core.scorecard.Metric;
import dev.accord.core.scorecard.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A change request: what it changes, before and after side by side, and its impact on the scorecard
 * of the same facts under the version in force and under the proposed one.
 */
record ChangeView(
    Layout layout,
    String id,
    String proposedBy,
    String status,
    String versions,
    List<ChangeLine> changes,
    List<ImpactLine> impact,
    boolean hasImpact) {

  record ChangeLine(
      String area,
      String kind,
      String kindCss,
      String subject,
      String before,
      String after,
      String description) {}

  record ImpactLine(
      String kpi,
      String before,
      Badge beforeBadge,
      String after,
      Badge afterBadge,
      String change) {}

  /** One request in the list of them. */
  record Summary(
      String href,
      String id,
      String title,
      String proposedBy,
      String status,
      String versions,
      String changes) {}

  /** The list of change requests. */
  record ListView(Layout layout, List<Summary> requests) {}

  static ListView list(Frame frame, List<ChangeRequest> requests) {
    return new ListView(
        Layout.of(frame, Section.CHANGE_REQUESTS, "Change requests", "", java.util.Map.of()),
        requests.stream()
            .map(r ->
                new Summary(
                    Paths.changeRequest(r.id()),
                    r.id(),
                    r.title(),
                    r.proposedBy(),
                    r.status(),
                    versions(r),
                    r.changes().size() == 1 ? "1 change" : r.changes().size() + " changes"))
            .toList());
  }

  static ChangeView of(Frame frame, ChangeRequest request) {
    Names names = new Names(frame.accord());
    List<ChangeLine> changes = new ArrayList<>();
    for (AccordChange change : request.changes()) {
      changes.add(
          new ChangeLine(
              Figures.capitalised(Figures.words(change.area())),
              Figures.capitalised(Figures.words(change.kind())),
              "change-" + Figures.words(change.kind()),
              change.subject(),
              change.before().isEmpty() ? "–" : change.before(),
              change.after().isEmpty() ? "–" : change.after(),
              change.description()));
    }
    List<ImpactLine> impact = new ArrayList<>();
    if (request.impactBefore().isPresent() && request.impactAfter().isPresent()) {
      Scorecard before = request.impactBefore().get();
      Scorecard after = request.impactAfter().get();
      List<String> ids = new ArrayList<>();
      before.metrics().forEach(m -> ids.add(m.id()));
      after.metrics().stream().map(Metric::id).filter(id -> !ids.contains(id)).forEach(ids::add);
      for (String id : ids) {
        Optional<Metric> was = before.metric(id);
        Optional<Metric> will = after.metric(id);
        String unit = will.or(() -> was).map(m -> m.kpi().unit()).orElse("");
        impact.add(
            new ImpactLine(
                will.or(() -> was).map(m -> m.kpi().displayName()).orElse(names.kpi(id)),
                value(was, unit),
                was.map(Badge::of).orElse(Badge.of(Optional.empty())),
                value(will, unit),
                will.map(Badge::of).orElse(Badge.of(Optional.empty())),
                change(was, will, unit)));
      }
    }
    return new ChangeView(
        Layout.of(
            frame,
            Section.CHANGE_REQUESTS,
            "Change request: " + request.title(),
            "",
            java.util.Map.of()),
        request.id(),
        request.proposedBy(),
        request.status(),
        versions(request),
        changes,
        impact,
        !impact.isEmpty());
  }

  private static String versions(ChangeRequest request) {
    return "version " + request.fromVersion() + " → " + request.toVersion();
  }

  private static String value(Optional<Metric> metric, String unit) {
    return metric
        .filter(m -> m.value().isPresent())
        .map(m -> Figures.format(m.value().getAsDouble(), unit))
        .orElse(metric.isPresent() ? "No data" : "Not in this version");
  }

  private static String change(Optional<Metric> was, Optional<Metric> will, String unit) {
    if (was.isEmpty()) {
      return "New KPI";
    }
    if (will.isEmpty()) {
      return "KPI removed";
    }
    if (was.get().value().isEmpty() || will.get().value().isEmpty()) {
      return "–";
    }
    double delta = will.get().value().getAsDouble() - was.get().value().getAsDouble();
    if (delta == 0) {
      return "No change";
    }
    String sign = delta > 0 ? "+" : "−";
    return sign + Figures.format(Math.abs(delta), unit);
  }
}
