package dev.accord.core.scorecard;

/** Dimensions every record has, whatever its fields. */
public enum BuiltinDimension {
  OWNER,
  TEAM,
  PIPELINE,
  STAGE,
  FIELD,
  MONTH,
  QUARTER
}
