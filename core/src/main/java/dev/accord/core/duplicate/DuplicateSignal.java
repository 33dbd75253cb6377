package dev.accord.core.duplicate;

/**
 * A way two records can show they are the same person: one mailbox, one telephone line, or the same
 * name at the same company.
 */
public enum DuplicateSignal {
  /**
   * The same mailbox once the address is normalised (case, and dots and plus-tags where ignored).
   */
  EMAIL,
  /** The same telephone number once both are written in E.164. */
  PHONE,
  /** Names and company names alike within the rule's similarity thresholds. */
  NAME_AND_COMPANY
}
