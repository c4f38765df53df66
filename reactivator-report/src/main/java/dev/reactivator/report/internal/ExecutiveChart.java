package dev.reactivator.report.internal;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One chart of the executive report, independent of how it is drawn: its title, a line under it and
 * the values of the analysis it shows, every label already in the report's language and every
 * number already formatted (so a chart prints the same figure as the tables). Colours are RGB
 * values ({@code 0xRRGGBB}). Internal.
 */
public sealed interface ExecutiveChart {

  /** The chart's stable key ({@code health}, {@code revenueAtRisk}, …). */
  String key();

  /** The chart's title. */
  String title();

  /** A line under the chart, possibly empty. */
  String note();

  /**
   * Bars, one per category.
   *
   * @param key the chart's stable key
   * @param title the title
   * @param note a line under the chart, possibly empty
   * @param horizontal whether the bars run left to right (categories top to bottom)
   * @param bars the bars, in order
   * @param max the value axis' upper end, or empty to fit the largest bar
   * @param marker a value marked with a dashed line across the bars, such as an alarm threshold
   * @param markerLabel the marker's label, empty without a marker
   */
  record Bars(
      String key,
      String title,
      String note,
      boolean horizontal,
      List<Bar> bars,
      OptionalDouble max,
      OptionalDouble marker,
      String markerLabel)
      implements ExecutiveChart {
    /** Checks the components and copies the list. */
    public Bars {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(note, "note");
      bars = List.copyOf(bars);
      Objects.requireNonNull(max, "max");
      Objects.requireNonNull(marker, "marker");
      Objects.requireNonNull(markerLabel, "markerLabel");
    }
  }

  /**
   * One bar.
   *
   * @param label the category
   * @param value the bar's length
   * @param valueLabel the formatted value written at its end
   * @param rgb its colour
   */
  record Bar(String label, double value, String valueLabel, int rgb) {
    /** Checks the components. */
    public Bar {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(valueLabel, "valueLabel");
    }
  }

  /**
   * A waterfall: totals standing on the axis and signed steps between them, each step starting
   * where the previous bar ended.
   *
   * @param key the chart's stable key
   * @param title the title
   * @param note a line under the chart, possibly empty
   * @param steps the bars, left to right
   */
  record Waterfall(String key, String title, String note, List<Step> steps)
      implements ExecutiveChart {
    /** Checks the components and copies the list. */
    public Waterfall {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(note, "note");
      steps = List.copyOf(steps);
    }
  }

  /**
   * One waterfall bar.
   *
   * @param label the category
   * @param value a total's height, or a step's signed change
   * @param total whether the bar is a total (standing on the axis) rather than a step
   * @param valueLabel the formatted value
   * @param rgb its colour
   */
  record Step(String label, double value, boolean total, String valueLabel, int rgb) {
    /** Checks the components. */
    public Step {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(valueLabel, "valueLabel");
    }
  }

  /**
   * Two measures per category on two value axes, side by side (customers and revenue).
   *
   * @param key the chart's stable key
   * @param title the title
   * @param note a line under the chart, possibly empty
   * @param firstName the first measure's name (left axis)
   * @param secondName the second measure's name (right axis)
   * @param secondRgb the second measure's colour
   * @param pairs the categories, in order
   */
  record PairedBars(
      String key,
      String title,
      String note,
      String firstName,
      String secondName,
      int secondRgb,
      List<Pair> pairs)
      implements ExecutiveChart {
    /** Checks the components and copies the list. */
    public PairedBars {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(firstName, "firstName");
      Objects.requireNonNull(secondName, "secondName");
      pairs = List.copyOf(pairs);
    }
  }

  /**
   * One category of {@link PairedBars}.
   *
   * @param label the category
   * @param first the first measure
   * @param firstLabel its formatted value
   * @param firstRgb the first bar's colour
   * @param second the second measure
   * @param secondLabel its formatted value
   */
  record Pair(
      String label,
      double first,
      String firstLabel,
      int firstRgb,
      double second,
      String secondLabel) {
    /** Checks the components. */
    public Pair {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(firstLabel, "firstLabel");
      Objects.requireNonNull(secondLabel, "secondLabel");
    }
  }

  /**
   * A heat map of shares 0–1: rows top to bottom, columns left to right; an empty cell has no value
   * (a cohort too young for that month).
   *
   * @param key the chart's stable key
   * @param title the title
   * @param note a line under the chart, possibly empty
   * @param rows the row labels
   * @param columns the column labels
   * @param cells per row, per column, the share
   * @param cellLabels per row, per column, the formatted share (empty for an empty cell)
   */
  record Heatmap(
      String key,
      String title,
      String note,
      List<String> rows,
      List<String> columns,
      List<List<OptionalDouble>> cells,
      List<List<String>> cellLabels)
      implements ExecutiveChart {
    /** Checks the components, their sizes and copies the lists. */
    public Heatmap {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(note, "note");
      rows = List.copyOf(rows);
      columns = List.copyOf(columns);
      cells = cells.stream().map(List::copyOf).toList();
      cellLabels = cellLabels.stream().map(List::copyOf).toList();
      if (cells.size() != rows.size() || cellLabels.size() != rows.size()) {
        throw new IllegalArgumentException(
            "cells for " + cells.size() + " rows, labels for " + cellLabels.size());
      }
      for (int r = 0; r < rows.size(); r++) {
        if (cells.get(r).size() != columns.size() || cellLabels.get(r).size() != columns.size()) {
          throw new IllegalArgumentException("row " + r + " does not have one cell per column");
        }
      }
    }
  }
}
