package dev.upstoxmcp.tools.research;

/** Kinds of corporate action to list; Upstox names them "Dividend", "Bonus", "Board Meeting", "AGM", … */
public enum CorporateActionType {
    ALL, DIVIDEND, BONUS, SPLIT, RIGHTS, BUYBACK, BOARD_MEETING, AGM, EGM
}
