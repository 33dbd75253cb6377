package dev.accord.core.scorecard;

/**
 * Which part of speed to lead a KPI measures, so that a slow router is never blamed on a rep, nor a
 * slow rep on the router.
 */
public enum SpeedPart {
  /** Created to first touch. */
  TOTAL,
  /** Created to the first owner: the routing's delay. */
  SYSTEM,
  /** The first owner's assignment to first touch: the owner's delay. */
  OWNER
}
