package dev.accord.core.team;

/** What a person may do in Accord, from reading the scorecard to administering the accord. */
public enum Role {
  VIEWER,
  MEMBER,
  MANAGER,
  ADMIN
}
