// Replaced by the Workbench sources.
