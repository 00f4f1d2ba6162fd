package dev.upstoxmcp.tools.portfolio;

/** Ascending (smallest, oldest-bought-last, A first) or descending. */
public enum SortOrder { ASC, DESC }
