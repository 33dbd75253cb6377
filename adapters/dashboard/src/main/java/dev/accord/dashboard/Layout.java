package dev.accord.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the shared frame of a page shows around its content.
 *
 * @param title the page's heading and the start of its window title
 * @param subtitle a line under the heading; empty for none
 * @param accordName the accord's name in the header; empty on the sign-in page
 * @param accordVersion the accord's version in the header
 * @param user who is signed in; empty on the sign-in page
 * @param csrfToken the token every form carries
 * @param nav the pages of the navigation
 * @param notice a message for the top of the page
 * @param chartData the page's chart data as JSON; empty when it draws no chart
 */
record Layout(
    String title,
    String subtitle,
    String accordName,
    int accordVersion,
    Optional<String> user,
    String csrfToken,
    List<NavItem> nav,
    Optional<Notice> notice,
    Optional<String> chartData) {

  /** A page of the navigation, marked when it is the one shown. */
  record NavItem(String label, String path, boolean current) {}

  static Layout of(
      Frame frame, Section current, String title, String subtitle, Map<String, Object> charts) {
    List<NavItem> nav = new ArrayList<>();
    for (Section section : Section.values()) {
      if (frame.sections().contains(section)) {
        nav.add(new NavItem(section.label(), section.path(), section == current));
      }
    }
    String name = frame.accord().info().name();
    return new Layout(
        title,
        subtitle,
        name.isBlank() ? "Accord" : name,
        frame.accord().info().version(),
        Optional.of(frame.user()),
        frame.csrfToken(),
        nav,
        frame.notice(),
        charts.isEmpty() ? Optional.empty() : Optional.of(Json.write(Map.of("charts", charts))));
  }

  /** The frame of a page nobody is signed in to see. */
  static Layout signedOut(String title, String csrfToken, Optional<Notice> notice) {
    return new Layout(
        title, "", "", 0, Optional.empty(), csrfToken, List.of(), notice, Optional.empty());
  }

  boolean signedIn() {
    return user.isPresent();
  }

  String noticeCss() {
    return notice
        .map(n -> n.kind() == Notice.Kind.DONE ? "notice done" : "notice refused")
        .orElse("");
  }

  String noticeIcon() {
    return notice.map(n -> n.kind() == Notice.Kind.DONE ? "✓" : "✗").orElse("");
  }

  String noticeRole() {
    return notice.map(n -> n.kind() == Notice.Kind.DONE ? "status" : "alert").orElse("status");
  }
}
