package dev.accord.core.field;

/** The kinds of value a CRM field can hold. */
public enum FieldType {
  STRING,
  NUMBER,
  MONEY,
  DATE,
  DATETIME,
  ENUM,
  EMAIL,
  PHONE,
  BOOLEAN
}
