package org.newsgraph.extract;

/** The statement relationships between actors; each name is a relationship type in the graph. */
public enum StatementType {
    DEMANDED,
    THREATENED,
    ACCUSED,
    PROPOSED,
    INVITED,
    SUPPORTED,
    REJECTED,
    AGREED,
    ANNEXED
}
