// Replaced by the TextCharts sources.
