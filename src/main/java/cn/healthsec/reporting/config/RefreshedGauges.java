package cn.healthsec.reporting.config;

/**
 * Gauges read from the database, refreshed together by {@link GaugeRefresher}: each capability
 * that publishes such gauges provides one bean. A refresh reads in a transaction of its own.
 */
public interface RefreshedGauges {

    /** What the gauges show, for the log line of a failed refresh (e.g. "inbox"). */
    String subject();

    void refresh();
}
