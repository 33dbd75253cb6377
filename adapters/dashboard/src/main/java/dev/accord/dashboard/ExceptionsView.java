package dev.accord.dashboard;

import dev.accord.core.exception.ExceptionType;
import dev.accord.core.queue.QueueStatus;
import dev.accord.core.queue.QueuedException;
import dev.accord.core.scorecard.Kpi;
import dev.accord.core.team.Person;
import dev.accord.core.team.Team;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The exception triage queue: the filter, a row per exception with the forms that assign and
 * resolve it, and the form that disputes a KPI value.
 */
record ExceptionsView(
    Layout layout,
    List<Option> statuses,
    List<Option> types,
    List<Option> owners,
    String ownerFilter,
    boolean filtered,
    String summary,
    List<Row> rows,
    List<Option> kpis) {

  /** A choice of a select: its value, its label and whether it is the one chosen. */
  record Option(String value, String label, boolean selected) {}

  /** One exception of the queue. */
  record Row(
      String id,
      String shortId,
      String type,
      String recordId,
      String owner,
      String severity,
      String status,
      boolean closed,
      boolean overdue,
      String raised,
      String due,
      String description,
      String resolution,
      String assignAction,
      String resolveAction,
      List<Option> assignees,
      List<Note> trail) {}

  /** A comment or a change of the audit trail, oldest first. */
  record Note(String at, String by, String text) {}

  /** How many characters of an id the queue shows, as the command line does. */
  static final int SHOWN = 12;

  static ExceptionsView of(Frame frame, ExceptionList list) {
    Names names = new Names(frame.accord());
    List<Option> statuses = new ArrayList<>();
    statuses.add(new Option("", "Any status", list.status().isEmpty()));
    for (QueueStatus status : QueueStatus.values()) {
      statuses.add(
          new Option(
              status.word(),
              Figures.capitalised(Figures.words(status)),
              list.status().filter(s -> s == status).isPresent()));
    }
    List<Option> types = new ArrayList<>();
    types.add(new Option("", "Any type", list.type().isEmpty()));
    for (ExceptionType type : ExceptionType.values()) {
      types.add(
          new Option(
              type.name().toLowerCase(Locale.ROOT),
              Figures.capitalised(Figures.words(type)).replace("Sla ", "SLA "),
              list.type().filter(t -> t == type).isPresent()));
    }
    List<Option> owners = new ArrayList<>();
    for (Team team : frame.accord().teams()) {
      owners.add(new Option(team.id(), names.owner(team.id()) + " (team)", false));
    }
    for (Person person : frame.accord().people()) {
      owners.add(new Option(person.id(), names.owner(person.id()), false));
    }
    List<Row> rows = new ArrayList<>();
    long overdue = 0;
    for (QueuedException exception : list.exceptions()) {
      boolean late = exception.isOverdueAt(list.now());
      if (late) {
        overdue++;
      }
      rows.add(row(exception, late, owners, names));
    }
    List<Option> kpis =
        frame.accord().kpis().stream()
            .map(Kpi::id)
            .map(id -> new Option(id, names.kpi(id), false))
            .toList();
    int count = list.exceptions().size();
    String summary =
        count == 0
            ? "No exceptions" + (filtered(list) ? " match the filter." : " in the queue.")
            : Figures.count(count)
                + (count == 1 ? " exception" : " exceptions")
                + ", "
                + Figures.count(overdue)
                + " overdue.";
    return new ExceptionsView(
        Layout.of(
            frame,
            Section.EXCEPTIONS,
            "Exceptions",
            "Oldest first; as of " + Figures.instant(list.now()),
            java.util.Map.of()),
        statuses,
        types,
        owners,
        list.owner().orElse(""),
        filtered(list),
        summary,
        rows,
        kpis);
  }

  private static boolean filtered(ExceptionList list) {
    return list.status().isPresent() || list.type().isPresent() || list.owner().isPresent();
  }

  private static Row row(
      QueuedException exception, boolean overdue, List<Option> owners, Names names) {
    List<Note> trail = new ArrayList<>();
    exception
        .audit()
        .forEach(entry ->
            trail.add(
                new Note(
                    Figures.instant(entry.at()),
                    names.owner(entry.by()),
                    switch (entry.what()) {
                      case COMMENT -> "commented: " + entry.after();
                      case OWNER ->
                          "owner from "
                              + names.owner(entry.before())
                              + " to "
                              + names.owner(entry.after());
                      default ->
                          Figures.words(entry.what())
                              + (entry.before().isEmpty() ? "" : " from " + entry.before())
                              + " to "
                              + entry.after();
                    })));
    List<Option> assignees =
        owners.stream().filter(o -> !o.value().equals(exception.owner())).toList();
    String id = exception.id();
    return new Row(
        id,
        id.substring(0, Math.min(SHOWN, id.length())),
        Figures.capitalised(Figures.words(exception.exceptionCase().type()))
            .replace("Sla ", "SLA "),
        exception.exceptionCase().recordId(),
        names.owner(exception.owner()),
        Figures.words(exception.severity()),
        Figures.capitalised(Figures.words(exception.status())),
        exception.status().isClosed(),
        overdue,
        Figures.instant(exception.raisedAt()),
        Figures.instant(exception.dueAt()),
        exception.exceptionCase().describe(),
        exception.resolutionCode().orElse(""),
        Paths.assign(id),
        Paths.resolve(id),
        assignees,
        trail);
  }
}
