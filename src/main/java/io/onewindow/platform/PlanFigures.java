package io.onewindow.platform;

import java.util.List;

/**
 * Figures a module measures live from its own data, for the 督办 module to bind to the work plan's targets by key
 * ("catalog.instant-approval"). Each module implements it over its own tables; the reform module reads them all
 * without depending on any. {@code method} is the query actually run, shown beside the figure so that nobody has to
 * take a number on trust.
 */
public interface PlanFigures {

    List<Figure> figures();

    /**
     * @param key    stable identifier a plan file names in a target's {@code measured}
     * @param unit   项, %, 元 …
     * @param method the SQL run (with its parameters written in), as shown to the reader
     * @param link   where the reader sees what is counted, or null
     */
    record Figure(String key, String label, String unit, double value, String method, String link) {
    }
}
