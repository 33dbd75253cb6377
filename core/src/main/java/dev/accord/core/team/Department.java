package dev.accord.core.team;

/** The functions that own parts of the revenue process. */
public enum Department {
  MARKETING,
  SALES,
  REVOPS,
  FINANCE,
  PRODUCT,
  SUPPORT,
  CUSTOMER_SUCCESS,
  LEADERSHIP
}
