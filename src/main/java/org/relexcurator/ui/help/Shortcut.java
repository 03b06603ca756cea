package org.relexcurator.ui.help;

/**
 * One key and what it does.
 *
 * @param area where the key works: the whole window, or a pane that has the focus
 * @param keys as the menus show them ({@code Ctrl+O}); several alternatives joined by " or "
 * @param action what happens
 */
public record Shortcut(String area, String keys, String action) {}
