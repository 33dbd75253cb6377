package dev.accord.cli;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import dev.accord.core.queue.QueuedException;
import dev.accord.core.queue.TriagePack;
import dev.accord.core.queue.TriagePack.Tally;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The weekly triage pack as a document: the same sections and tables written as Markdown, for a
 * wiki or a pull request, or as a self-contained HTML page that prints cleanly.
 */
final class TriageDocument {

  /** One section of the pack: a heading, a table, and what to say when the table is empty. */
  private record Section(
      String title, List<String> headers, List<List<String>> rows, String none) {}

  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;color:#222}"
          + "h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.8rem;border-bottom:1px solid"
          + " #ccc}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem"
          + " .6rem;border-bottom:1px solid #e3e3e3}th{background:#f4f4f4}td.n{text-align:right}"
          + ".summary{color:#555}@media print{body{margin:0;max-width:none}h2{break-after:avoid}"
          + "table{break-inside:auto}tr{break-inside:avoid}}";

  private final TriagePack pack;
  private final List<Section> sections;

  TriageDocument(TriagePack pack) {
    this.pack = pack;
    this.sections =
        List.of(
            tallies("New this week", pack.raised()),
            tallies("Aging (raised before this week, still open)", pack.aging()),
            tallies("Overdue", pack.overdue()),
            new Section(
                "Routing failures",
                List.of("Exception", "Record", "Owner", "Status", "Raised", "Due"),
                pack.routingFailures().stream().map(TriageDocument::failure).toList(),
                "No routing failures."),
            new Section(
                "Top repeated causes",
                List.of("Cause", "Count"),
                pack.topCauses().stream()
                    .map(cause -> List.of(cause.cause(), Long.toString(cause.count())))
                    .toList(),
                "Nothing raised this week."),
            new Section(
                "Trend",
                List.of("Week", "Raised"),
                pack.trend().stream()
                    .map(week -> List.of(week.week().toString(), Long.toString(week.raised())))
                    .toList(),
                ""));
  }

  String title() {
    return "Exception triage, week "
        + pack.week()
        + " ("
        + pack.week().monday()
        + " to "
        + pack.week().monday().plusDays(6)
        + ")";
  }

  String summary() {
    return "As of "
        + pack.asOf()
        + ": "
        + TriagePack.total(pack.raised())
        + " new, "
        + TriagePack.total(pack.aging())
        + " aging, "
        + TriagePack.total(pack.overdue())
        + " overdue.";
  }

  String markdown() {
    StringBuilder md = new StringBuilder("# ").append(title()).append("\n\n");
    md.append(summary()).append("\n");
    for (Section section : sections) {
      md.append("\n## ").append(section.title()).append("\n\n");
      if (section.rows().isEmpty()) {
        md.append('_').append(section.none()).append("_\n");
        continue;
      }
      md.append(markdownRow(section.headers()));
      md.append(markdownRow(section.headers().stream().map(header -> "---").toList()));
      section.rows().forEach(row -> md.append(markdownRow(row)));
    }
    return md.toString();
  }

  String html() {
    StringBuilder html =
        new StringBuilder(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    html.append("<title>").append(escapeHtml4(title())).append("</title>\n");
    html.append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
    html.append("<h1>").append(escapeHtml4(title())).append("</h1>\n");
    html.append("<p class=\"summary\">").append(escapeHtml4(summary())).append("</p>\n");
    for (Section section : sections) {
      html.append("<section>\n<h2>").append(escapeHtml4(section.title())).append("</h2>\n");
      if (section.rows().isEmpty()) {
        html.append("<p>").append(escapeHtml4(section.none())).append("</p>\n</section>\n");
        continue;
      }
      html.append("<table>\n<thead>")
          .append(htmlRow(section.headers(), header -> "<th>" + escapeHtml4(header) + "</th>"))
          .append("</thead>\n<tbody>\n");
      for (List<String> row : section.rows()) {
        html.append(htmlRow(row, TriageDocument::cell)).append('\n');
      }
      html.append("</tbody>\n</table>\n</section>\n");
    }
    return html.append("</body>\n</html>\n").toString();
  }

  private static Section tallies(String title, List<Tally> tallies) {
    return new Section(
        title,
        List.of("Type", "Owner", "Count"),
        tallies.stream()
            .map(tally ->
                List.of(QueueWords.word(tally.type()), tally.owner(), Long.toString(tally.count())))
            .toList(),
        "None.");
  }

  private static List<String> failure(QueuedException exception) {
    return List.of(
        QueueIds.shown(exception.id()),
        exception.exceptionCase().recordId(),
        exception.owner(),
        exception.status().word(),
        exception.raisedAt().toString(),
        exception.dueAt().toString());
  }

  private static String markdownRow(List<String> cells) {
    return cells.stream()
            .map(cell -> cell.replace("|", "\\|"))
            .collect(Collectors.joining(" | ", "| ", " |"))
        + "\n";
  }

  private static String htmlRow(List<String> cells, UnaryOperator<String> cell) {
    return cells.stream().map(cell).collect(Collectors.joining("", "<tr>", "</tr>"));
  }

  /** Counts are right-aligned so that a column of them reads at a glance. */
  private static String cell(String value) {
    return value.chars().allMatch(Character::isDigit) && !value.isEmpty()
        ? "<td class=\"n\">" + value + "</td>"
        : "<td>" + escapeHtml4(value) + "</td>";
  }
}
