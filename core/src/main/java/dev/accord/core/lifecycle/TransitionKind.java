package dev.accord.core.lifecycle;

/** Why a record moves: forwards through the funnel, or one of the paths back or out of it. */
public enum TransitionKind {
  FORWARD,
  RECYCLE,
  DISQUALIFY,
  REJECT,
  LOST,
  REOPEN;

  /** Whether the move takes a record back to an earlier stage, which history must keep. */
  public boolean movesBackwards() {
    return this == RECYCLE || this == REJECT || this == REOPEN;
  }
}
