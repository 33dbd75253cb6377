package dev.accord.dashboard;

/**
 * A page of the dashboard as the navigation shows it: its label and the path the server serves it
 * at. The first five are always there; the others appear only when the server has their data.
 */
public enum Section {
  SCORECARD("Scorecard", "/"),
  FUNNEL("Funnel", "/funnel"),
  SLA_BOARD("SLA board", "/sla"),
  EXCEPTIONS("Exceptions", "/exceptions"),
  ACCORD("Accord", "/accord"),
  GOALS("Goals", "/goals"),
  BACKLOG("Backlog", "/backlog"),
  DECISIONS("Decisions", "/decisions"),
  CHANGE_REQUESTS("Change requests", "/changes");

  private final String label;
  private final String path;

  Section(String label, String path) {
    this.label = label;
    this.path = path;
  }

  public String label() {
    return label;
  }

  /** The path of the page, from the root of the server. */
  public String path() {
    return path;
  }

  /** Whether the navigation shows it whatever the data. */
  public boolean always() {
    return ordinal() <= ACCORD.ordinal();
  }
}
