package dev.accord.dashboard;

import java.util.Objects;

/**
 * One item of the RevOps backlog, in the order its approvers ranked it.
 *
 * @param id the item's identifier
 * @param title what is asked for, in a line
 * @param requestedBy the team or person asking
 * @param status where it stands, in the server's words (new, planned, in progress, done...)
 * @param rank its place in the priority order, 1 first
 */
public record BacklogItem(String id, String title, String requestedBy, String status, int rank) {

  public BacklogItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(requestedBy, "requestedBy");
    Objects.requireNonNull(status, "status");
  }
}
