package cn.healthsec.reporting.incident.api;

public enum IncidentCategory {
    RANSOMWARE,
    DATA_LEAK,
    INTRUSION,
    DDOS,
    DEFACEMENT,
    MALWARE,
    OUTAGE,
    VULNERABILITY,
    OTHER
}
