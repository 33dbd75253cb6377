package dev.accord.core.accord;

/** What happened to a thing between two versions of an accord. */
public enum ChangeKind {
  /** It is new. */
  ADDED,
  /** It is gone. */
  REMOVED,
  /** It is still there, with something about it different. */
  CHANGED,
  /** It is still there under another name or id. */
  RENAMED
}
