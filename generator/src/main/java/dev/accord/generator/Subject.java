package dev.accord.generator;

/** Who a generated record is about, and the source that brought them in. */
record Subject(Prospect prospect, String source) {}
